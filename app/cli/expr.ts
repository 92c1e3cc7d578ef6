/**
 * npm run --silent expr -- "<formula>" name=value ... [--format json|md|tex] [--digits N]
 *
 * A formula's computational graph worked through: forward, then backward.
 * Exit status 0 with the derivation on stdout, or 2 with one line on stderr and
 * nothing on stdout, so a script never mistakes a refusal for a result.
 */
import { EngineError } from '../engine/errors';
import { buildStructure } from '../engine/expr-structure';
import { traceStructure } from '../engine/expr-trace';
import { EXPR_USAGE, parseExprArgs } from './expr-args';
import { renderExpression } from './expr-formats';

const BAD_INPUT = 2;

function main(argv: readonly string[]): number {
  const args = parseExprArgs(argv);
  if (!args.ok) return refuse(args.error);
  if (args.help) {
    process.stdout.write(EXPR_USAGE);
    return 0;
  }
  let text: string;
  try {
    const trace = traceStructure(buildStructure(args.graph), args.leaves);
    text = renderExpression(trace, args.format, args.digits);
  } catch (error) {
    // Values in range can still leave a function's domain (log of a negative) or float64.
    if (error instanceof EngineError) return refuse(`formula: ${error.message}`);
    throw error;
  }
  process.stdout.write(text);
  return 0;
}

function refuse(reason: string): number {
  process.stderr.write(`expr: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
  return BAD_INPUT;
}

process.exitCode = main(process.argv.slice(2));
