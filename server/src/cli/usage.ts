// The help text and version; the README quotes USAGE, so keep the two in step.
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
input.

Options:
  --format <name>          text (default), json, sarif or github
  --max-warnings <n>       exit with 1 when there are more than n warnings
  --rule <id>=<severity>   set a rule's severity: error, warning, info, hint
                           or off (repeatable)
  --quiet                  report errors only (warnings are not counted)
  --stdin-filename <name>  the name of the document read from "-": its
                           extension sets the syntax (default <stdin>, read
                           as a YAML ELBv2 document)
  --color, --no-color      force colours on or off (default: on for a
                           terminal, unless NO_COLOR is set)
  -h, --help               show this help
  --version                show the version

Language server:
  --stdio, --node-ipc, --socket=PORT
                           speak the Language Server Protocol on standard
                           input/output, a Node IPC channel or a TCP port

Exit codes: 0 no errors, 1 errors (or more warnings than --max-warnings),
2 usage or I/O error.
`;
