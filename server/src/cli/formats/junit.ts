// `--format junit`: JUnit XML, which GitLab (`artifacts:reports:junit`), Jenkins and Azure Pipelines
// show as test results. One test suite per file; each finding is a failed test case named by its rule
// and position, a file without findings one passing case, a path that could not be checked an error.
import type { FileReport, Problem, ReportFinding } from '../report';
import type { Formatter } from './types';

export const formatJunit: Formatter = (report) => {
  const suites = [...report.files.map(fileSuite), ...report.problems.map((problem) => problemSuite(problem))];
  const failures = report.files.reduce((sum, f) => sum + f.findings.length, 0);
  const tests = suites.reduce((sum, s) => sum + s.tests, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="elbv2-ls" tests="${tests}" failures="${failures}" errors="${report.problems.length}">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
};

interface Suite {
  tests: number;
  lines: string[];
}

function fileSuite(file: FileReport): Suite {
  const path = attribute(file.path);
  const cases =
    file.findings.length === 0
      ? [`    <testcase classname="${path}" name="elbv2-ls" file="${path}"/>`]
      : file.findings.flatMap((f) => findingCase(file, f));
  const tests = Math.max(1, file.findings.length);
  return {
    tests,
    lines: [
      `  <testsuite name="${path}" tests="${tests}" failures="${file.findings.length}" errors="0">`,
      ...cases,
      '  </testsuite>',
    ],
  };
}

function findingCase(file: FileReport, f: ReportFinding): string[] {
  const path = attribute(file.path);
  const where = `${file.path}:${f.line}:${f.column}`;
  return [
    `    <testcase classname="${path}" name="${attribute(`${f.ruleId} at ${f.line}:${f.column}`)}" file="${path}" line="${f.line}">`,
    `      <failure type="${f.severity}" message="${attribute(f.message)}">${text(`${where} ${f.severity} ${f.message} [${f.ruleId}]`)}</failure>`,
    '    </testcase>',
  ];
}

function problemSuite(problem: Problem): Suite {
  const path = attribute(problem.path);
  return {
    tests: 1,
    lines: [
      `  <testsuite name="${path}" tests="1" failures="0" errors="1">`,
      `    <testcase classname="${path}" name="elbv2-ls" file="${path}">`,
      `      <error message="${attribute(problem.message)}">${text(`${problem.path}: ${problem.message}`)}</error>`,
      '    </testcase>',
      '  </testsuite>',
    ],
  };
}

// Characters XML 1.0 cannot hold at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function text(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function attribute(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
