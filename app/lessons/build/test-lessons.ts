/** Small lesson texts for the pipeline's tests, with known line numbers. */
import { compileLesson } from './compile';
import { formatProblem } from './problems';

export const FILE = 'content/03-forward-pass/lesson.md';
export const FOLDER = '03-forward-pass';

/** Lines 1–7; the first step block opens on line 9, its YAML starts on line 10. */
export const FRONT_MATTER = `---
title: The forward pass
summary: From the inputs to the total error.
order: 3
minutes: 12
prerequisites: []
---
`;

/** A lesson of one step whose YAML (starting on line 10) is `yaml`, followed by `prose`. */
export const oneStep = (yaml: string, prose = 'Some prose.') =>
  `${FRONT_MATTER}\n\`\`\`step\n${yaml.trim()}\n\`\`\`\n\n${prose}\n`;

/** The formatted problems of compiling `text` as FILE. */
export function problemsOf(text: string, file = FILE, folder = FOLDER): string[] {
  return compileLesson(file, folder, text).problems.map(formatProblem);
}

/** `FILE:line: message`, as problemsOf reports it. */
export const at = (line: number, message: string) => `${FILE}:${line}: ${message}`;

/** A one-step lesson whose step has a check with these (indented) fields. */
export const withCheck = (fields: string) => oneStep(`id: a\ncheck:\n${fields}`);
