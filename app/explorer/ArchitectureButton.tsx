interface ArchitectureButtonProps {
  /** the accessible name: 'Add a neuron to hidden layer 1' */
  readonly name: string;
  /** what it shows: '+' or '−' */
  readonly text: string;
  /** why the change cannot be made now (at a limit), or null */
  readonly refusal: string | null;
  /** the id of the element that carries the refusal, for aria-describedby */
  readonly reasonId: string;
  readonly onPress: () => void;
}

/**
 * One add or remove button. At a limit it is disabled with aria-disabled rather
 * than `disabled`, so the keyboard still reaches it and hears why (its
 * description, and its title for the pointer); pressing it then says why aloud.
 */
export function ArchitectureButton({
  name,
  text,
  refusal,
  reasonId,
  onPress,
}: ArchitectureButtonProps) {
  const refused = refusal !== null;
  return (
    <>
      <button
        type="button"
        className="tool arch-button"
        aria-label={name}
        aria-disabled={refused ? 'true' : undefined}
        aria-describedby={refused ? reasonId : undefined}
        title={refused ? `${name}: ${refusal}` : name}
        onClick={onPress}
      >
        {text}
      </button>
      {refused && (
        <span id={reasonId} className="visually-hidden">
          {refusal}
        </span>
      )}
    </>
  );
}
