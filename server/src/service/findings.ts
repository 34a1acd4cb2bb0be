// What the service reports: findings with UTF-16 offsets. Adapters convert them to LSP
// diagnostics or CLI lines at the edge.

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes?: Fix[];
}

export interface Range {
  start: number;
  end: number;
}
