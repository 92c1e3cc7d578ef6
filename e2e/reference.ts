// The article's printed figures and the exact values, as the unit tests read them.
export { REFERENCE as reference, printed } from '../app/reference/reference';
