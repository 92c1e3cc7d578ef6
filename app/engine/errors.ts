/**
 * Every way the engine refuses input. A refusal names the parameter or setting
 * (`subject`) and says why in words a learner can act on; the engine never
 * answers bad input with NaN.
 */
export type EngineErrorCode =
  | 'not-a-number' // "abc", "", a non-numeric type
  | 'not-finite' // NaN, ±Infinity, "1e400"
  | 'out-of-range' // finite but outside the parameter's allowed range
  | 'unknown-setting' // a setting value the engine does not know
  | 'unknown-parameter' // a name that is not a parameter of this network
  | 'incompatible' // settings that cannot work together (ce with a linear output)
  | 'bad-architecture' // layer sizes outside what the engine supports
  | 'overflow' // the numbers grew past float64 (only for extreme, in-range inputs)
  | 'bad-formula' // a formula that does not follow the grammar
  | 'too-large' // a formula over the length or node limit
  | 'bad-data' // a dataset row of the wrong length, a non-number, an unknown set
  | 'domain'; // a function given a value outside its domain: log(-1), 1/0

export class EngineError extends Error {
  override readonly name = 'EngineError';
  constructor(
    readonly code: EngineErrorCode,
    /** The parameter or setting at fault: 'w5', 'act_o', 'loss' … */
    readonly subject: string,
    message: string,
  ) {
    super(message);
  }
}
