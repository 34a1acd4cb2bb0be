// code-server, the VS Code workbench served to a browser, run on a fresh profile in a temporary
// folder: it writes nothing to the home folder (--config, --user-data-dir, --extensions-dir).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './build';

export const CODE_SERVER_VERSION = '4.100.3';

/** Where scripts/install-code-server.sh puts it, or ELBV2_CODE_SERVER (the path of its bin). */
export function codeServerBin(): string {
  return (
    process.env.ELBV2_CODE_SERVER ??
    path.join(ROOT, `.vscode-test/code-server-${CODE_SERVER_VERSION}/node_modules/.bin/code-server`)
  );
}

export interface Profile {
  dir: string;
  config: string;
  userData: string;
  extensions: string;
  workspace: string;
}

/** A new profile with the user settings the suite runs under, and a copy of the workspace. */
export function createProfile(
  dir: string,
  workspaceSource: string,
  settings: Record<string, unknown>,
): Profile {
  const profile: Profile = {
    dir,
    config: path.join(dir, 'config.yaml'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    workspace: path.join(dir, 'workspace'),
  };
  fs.writeFileSync(profile.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
  fs.mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(profile.userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  fs.mkdirSync(profile.extensions, { recursive: true });
  fs.cpSync(workspaceSource, profile.workspace, { recursive: true });
  return profile;
}

function baseArgs(profile: Profile): string[] {
  return [
    '--config',
    profile.config,
    '--user-data-dir',
    profile.userData,
    '--extensions-dir',
    profile.extensions,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

export function installExtension(profile: Profile, vsix: string): void {
  execFileSync(codeServerBin(), [...baseArgs(profile), '--install-extension', vsix, '--force'], {
    stdio: 'pipe',
    timeout: 120_000,
  });
}

export interface RunningCodeServer {
  url: string;
  child: ChildProcess;
  log: () => string;
  stop(): Promise<void>;
}

/** Starts code-server on a free loopback port and resolves with its address. */
export function startCodeServer(profile: Profile, env: Record<string, string>): Promise<RunningCodeServer> {
  const child = spawn(
    codeServerBin(),
    [...baseArgs(profile), '--bind-addr', '127.0.0.1:0', '--auth', 'none'],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const log = (): string => output;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`code-server did not start within 60 s:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /HTTP server listening on (http:\/\/[^\s]+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      resolve({
        url: match[1].replace(/\/$/, ''),
        child,
        log,
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill();
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited with ${code}:\n${output}`));
    });
  });
}
