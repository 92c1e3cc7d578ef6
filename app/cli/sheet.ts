/**
 * npm run --silent sheet -- [name=value ...] [--format json|md|tex|csv] [--digits N] [--no-answers]
 *
 * Prints the worked example for any numbers: the answer key, or with
 * --no-answers the exercise (blanks where the computed numbers go).
 * Exit status 0 with the sheet on stdout, or 2 with one line on stderr and
 * nothing on stdout, so a script never mistakes a refusal for a sheet.
 */
import { EngineError } from '../engine/errors';
import { computeTrace } from '../engine/trace';
import { parseArgs, USAGE } from './args';
import { dataSheet } from './data-sheet';
import { renderSheet } from './formats';

const BAD_INPUT = 2;

function main(argv: readonly string[]): number {
  const args = parseArgs(argv);
  if (!args.ok) return refuse(args.error);
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  let text: string;
  try {
    // With a dataset the worked steps are its first example's, followed by the batch's tables.
    const data = args.data ? dataSheet(args.model, args.data) : undefined;
    const trace = data ? data.trace : computeTrace(args.model);
    text = renderSheet(trace, args.format, args.digits, args.answers, data);
  } catch (error) {
    // In-range values can still overflow float64 on the way (weights of 1e6 under linear units).
    if (error instanceof EngineError) return refuse(`${error.subject}: ${error.message}`);
    throw error;
  }
  // One write: a reader piping the sheet never sees half of it followed by an error.
  process.stdout.write(text);
  return 0;
}

function refuse(reason: string): number {
  process.stderr.write(`sheet: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  return BAD_INPUT;
}

process.exitCode = main(process.argv.slice(2));
