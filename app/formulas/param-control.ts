/**
 * Finds the control that edits a parameter. By the app's public contract every
 * such control is labelled with an accessible name that begins with the
 * parameter id ("w5", "b1", "lr"), so this needs no knowledge of who drew it.
 */

/** Fields that edit at once; failing those, a button that opens an editor (the diagram's values). */
const FIELDS = 'input, [role="spinbutton"], [role="slider"]';
const OPENERS = '[data-param-control]';

function nameOf(element: HTMLElement): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    return labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
  }
  const labels = (element as HTMLInputElement).labels;
  return labels?.[0]?.textContent ?? '';
}

/** Whether `name` begins with the parameter id as a whole word: "w1" matches "w1 weight", not "w10". */
export function namesParam(name: string, id: string): boolean {
  const rest = name.trimStart();
  return rest.startsWith(id) && !/^[A-Za-z0-9_]/.test(rest.slice(id.length));
}

/** The first visible control whose accessible name begins with `id`, if any: a field first. */
export function findParamControl(id: string, root: ParentNode = document): HTMLElement | null {
  for (const selector of [FIELDS, OPENERS]) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (!namesParam(nameOf(element), id)) continue;
      if (element.getClientRects().length > 0) return element;
    }
  }
  return null;
}
