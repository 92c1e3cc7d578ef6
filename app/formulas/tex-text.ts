/**
 * Plain text for the small TeX the trace uses (symbols such as
 * \frac{\partial E_{total}}{\partial w_{5}}), for accessible names, tooltips and
 * the spoken summary: "∂E_total/∂w5". Not a TeX parser: it knows the commands
 * the notations and templates emit and keeps anything else as its name.
 */

const COMMANDS: Readonly<Record<string, string>> = {
  partial: '∂',
  delta: 'δ',
  eta: 'η',
  alpha: 'α',
  sigma: 'σ',
  cdot: ' · ',
  times: ' × ',
  leftarrow: ' ← ',
  ln: 'ln ',
  tanh: 'tanh',
  max: 'max',
  // Sizing and spacing carry no meaning in plain text.
  left: '',
  right: '',
  big: '',
  Big: '',
  displaystyle: '',
};

/** Commands whose one argument is kept as it is: \mathcal{L} → L. */
const KEEP_ARGUMENT = new Set(['mathcal', 'mathrm', 'mathbb', 'text', 'operatorname']);

const SUPERSCRIPTS: Readonly<Record<string, string>> = { '+': '⁺', '2': '²', '−': '⁻' };

class Reader {
  index = 0;
  constructor(readonly tex: string) {}
  done() {
    return this.index >= this.tex.length;
  }
  peek() {
    return this.tex[this.index] ?? '';
  }
  take() {
    return this.tex[this.index++] ?? '';
  }
}

/** Plain text of a TeX math string. */
export function texToText(tex: string): string {
  return readSequence(new Reader(tex), false).replace(/\s+/g, ' ').trim();
}

function readSequence(reader: Reader, inGroup: boolean): string {
  let text = '';
  while (!reader.done()) {
    const char = reader.peek();
    if (char === '}' && inGroup) {
      reader.take();
      return text;
    }
    text += readAtom(reader, text);
  }
  return text;
}

/** One argument: a {group}, a command or a single character. */
function readArgument(reader: Reader): string {
  while (reader.peek() === ' ') reader.take();
  if (reader.peek() === '{') {
    reader.take();
    return readSequence(reader, true);
  }
  return readAtom(reader, '');
}

function readAtom(reader: Reader, before: string): string {
  const char = reader.take();
  switch (char) {
    case '{':
      return readSequence(reader, true);
    case '}':
    case ' ':
      return '';
    case '-':
      return '−';
    case '_': {
      const sub = readArgument(reader).trim();
      // w_{5} reads "w5"; out_{h1} keeps its underscore: "out_h1".
      return /^\d+$/.test(sub) && /[A-Za-z]$/.test(before) ? sub : `_${sub}`;
    }
    case '^': {
      const sup = readArgument(reader).trim();
      const mapped = SUPERSCRIPTS[sup];
      if (mapped !== undefined) return mapped;
      return sup.startsWith('(') ? `^${sup}` : `^(${sup})`;
    }
    case '\\':
      return readCommand(reader);
    default:
      return char;
  }
}

function readCommand(reader: Reader): string {
  let name = '';
  while (/[A-Za-z]/.test(reader.peek())) name += reader.take();
  if (name === '') {
    const symbol = reader.take();
    // \, \; \! are spaces; \| and \{ stand for themselves.
    return ',;!: '.includes(symbol) ? (symbol === '!' ? '' : ' ') : symbol;
  }
  // A command name ends at the first non-letter; one space after it belongs to it.
  if (reader.peek() === ' ') reader.take();
  if (name === 'frac' || name === 'tfrac' || name === 'dfrac') {
    const top = readArgument(reader).trim();
    const bottom = readArgument(reader).trim();
    return `${wrap(top)}/${wrap(bottom)}`;
  }
  if (KEEP_ARGUMENT.has(name)) return readArgument(reader);
  if ((name === 'left' || name === 'right') && reader.peek() === '.') {
    reader.take();
    return '';
  }
  return COMMANDS[name] ?? name;
}

/** Parentheses around a fraction's part when it is more than one term. */
function wrap(part: string): string {
  return /[+−·× ]/.test(part) ? `(${part})` : part;
}
