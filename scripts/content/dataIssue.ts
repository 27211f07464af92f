// One problem found by a data validator (geodata or content): which file, which feature/record, which field, and what is wrong.
export interface DataIssue {
  file: string;
  feature?: string;
  field?: string;
  message: string;
}
