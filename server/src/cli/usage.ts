// The help text and version. The README's option list must match USAGE's (test/usage.test.ts).
import pkg from '../../../package.json';

export const VERSION: string = pkg.version;

export const USAGE = `Usage: elbv2-ls check [options] [path | glob | -]...
       elbv2-ls --stdio | --node-ipc | --socket=PORT
       elbv2-ls --help | --version

Checks AWS Elastic Load Balancing v2 documents: CreateListener,
ModifyListener, CreateTargetGroup and ModifyTargetGroup requests (as
--cli-input-yaml / --cli-input-json read them) and describe-listeners /
describe-target-groups outputs, in YAML or JSON.

With no path, checks the current directory. Directories are searched
recursively, skipping node_modules and dot-directories, for .yaml, .yml and
.json files. Files named *.elbv2.yaml, *.elbv2.yml or *.elbv2.json are always
checked; other files only when their content is an ELBv2 document. Quote a
glob (**, *, ?, [abc], {a,b}) to let elbv2-ls expand it. "-" reads standard
input. Settings come from the nearest .elbv2-ls.yaml (or .yml, .json) above
each file.

Options:
  -f, --format <name>      text (default), json, sarif, github or junit
  -o, --output <file>      write the report to a file instead of stdout
  --max-warnings <n>       exit with 1 when there are more than n warnings
  --rule <id>=<severity>   set a rule's severity: error, warning, info, hint
                           or off (repeatable; wins over configuration files)
  --quiet                  report errors only (warnings are not counted)
  --fix                    apply the safe quick fixes to the files, until
                           none is left; files with syntax errors are left
                           alone
  --fix-dry-run            print the fixes as a unified diff; change nothing
  --report-unused-disable-directives, --no-report-unused-disable-directives
                           report suppression comments that silence nothing
                           (default: on for json, sarif, github and junit)
  --no-error-on-unmatched-pattern
                           a path that holds no ELBv2 document is not an
                           error (for pre-commit and other file lists)
  --no-config-lookup       read no .elbv2-ls.yaml configuration file
  --concurrency <n>        threads that check files: a number, off, or auto
                           (default: the idle cores, for 2,000 files or more)
  --stdin-filename <name>  the name of the document read from "-": its
                           extension sets the syntax (default <stdin>, read
                           as an ELBv2 document, JSON or YAML by content)
  --color, --no-color      force colours on or off (default: on for a
                           terminal, unless NO_COLOR is set)
  -h, --help               show this help
  --version                show the version

Language server:
  --stdio, --node-ipc, --socket=PORT
                           speak the Language Server Protocol on standard
                           input/output, a Node IPC channel or a TCP port

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage, configuration or I/O error, 130 interrupted.
`;
