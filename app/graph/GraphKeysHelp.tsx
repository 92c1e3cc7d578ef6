interface GraphKeysHelpProps {
  readonly id: string;
  readonly orientation: 'landscape' | 'portrait';
  readonly editable: boolean;
}

/**
 * How to move around the diagram, in a sentence or two, for a screen reader: the
 * diagram's aria-describedby. The help overlay lists every key (DIAGRAM_KEYS).
 */
export function GraphKeysHelp({ id, orientation, editable }: GraphKeysHelpProps) {
  const [across, along] =
    orientation === 'landscape'
      ? ['Left and Right', 'Up and Down']
      : ['Up and Down', 'Left and Right'];
  const values = editable
    ? ' Enter on a value opens its editor, where Up and Down change it; Page Up and Page Down nudge it.'
    : '';
  return (
    <p id={id} className="visually-hidden">
      {`${across} arrows move across the layers along the connections, ${along} within a layer; Home and End go to the first and last part. Enter on a neuron shows its step.${values} Escape leaves the diagram.`}
    </p>
  );
}
