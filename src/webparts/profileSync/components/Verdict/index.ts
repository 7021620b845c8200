export { Verdict, verdictText } from './Verdict';
export type { IVerdictProps } from './Verdict';
