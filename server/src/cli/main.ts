// The elbv2-ls command line: a small dispatcher. `check` lints files; `--stdio`, `--node-ipc`
// and `--socket=PORT` start the language server from its own bundle, loaded only then.
import * as path from 'node:path';
import { closest } from '../service/languageService';
import { EXIT_CLEAN, EXIT_USAGE, runCheck } from './check';
import { processIo, type Io } from './io';
import { isCheckWorker, serveChecks } from './parallel';
import { USAGE, VERSION } from './usage';

const COMMANDS: Record<string, (argv: readonly string[], io: Io) => Promise<number>> = {
  check: runCheck,
};

const TRANSPORT = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+)$/;

export async function main(argv: readonly string[], io: Io): Promise<number | 'serving'> {
  if (argv.some((a) => TRANSPORT.test(a)) && !argv.includes('--help') && !argv.includes('--version')) {
    // vscode-languageserver reads the transport from process.argv itself. The server is its own
    // bundle, loaded only here, so `check` never pays for it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(__dirname, 'server.js'));
    return 'serving';
  }
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(`elbv2-ls: no command given\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const run = COMMANDS[command];
  if (run) return run(rest, io);
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(USAGE);
    return EXIT_CLEAN;
  }
  if (command === '--version') {
    io.stdout(`${VERSION}\n`);
    return EXIT_CLEAN;
  }
  const suggestion = closest(command, [...Object.keys(COMMANDS), '--help', '--version']);
  const what = command.startsWith('-') ? 'option' : 'command';
  io.stderr(
    `elbv2-ls: unknown ${what} ${command}${suggestion ? ` (did you mean ${suggestion}?)` : ''}\nRun "elbv2-ls --help" for usage.\n`,
  );
  return EXIT_USAGE;
}

function runCommandLine(): void {
  // A closed pipe (`elbv2-ls check | head`) ends the run quietly; other write errors are I/O errors.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`elbv2-ls: cannot write the output: ${error.message}\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? EXIT_CLEAN) : EXIT_USAGE);
  });
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      if (code !== 'serving') process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`elbv2-ls: internal error (please report it): ${message}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}

// The worker threads of a parallel check run this same bundle.
if (isCheckWorker()) serveChecks();
else runCommandLine();
