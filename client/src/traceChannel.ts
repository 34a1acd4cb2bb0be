// vscode-languageclient 11 traces only when its trace channel's log level is Trace, whatever
// `elbv2.trace.server` says, so the setting alone wrote nothing. This channel reports the level
// the setting asks for (Trace unless it is "off") and writes every trace line it is given.
import {
  EventEmitter,
  LogLevel,
  window,
  workspace,
  type Disposable,
  type LogOutputChannel,
  type ViewColumn,
} from 'vscode';

export class TraceChannel implements LogOutputChannel {
  private readonly channel: LogOutputChannel;
  private readonly changed = new EventEmitter<LogLevel>();
  private readonly listener: Disposable;
  readonly onDidChangeLogLevel = this.changed.event;
  logLevel: LogLevel;

  constructor(readonly name: string) {
    this.channel = window.createOutputChannel(name, { log: true });
    this.logLevel = levelOfSetting();
    this.listener = workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('elbv2.trace.server')) return;
      this.logLevel = levelOfSetting();
      this.changed.fire(this.logLevel);
    });
  }

  trace(message: string, ...args: unknown[]): void {
    if (this.logLevel === LogLevel.Trace) this.channel.info(message, ...args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.channel.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(error, ...args);
  }
  append(value: string): void {
    this.channel.append(value);
  }
  appendLine(value: string): void {
    this.channel.appendLine(value);
  }
  replace(value: string): void {
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(columnOrPreserveFocus?: ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.channel.show(columnOrPreserveFocus);
    else this.channel.show(columnOrPreserveFocus, preserveFocus);
  }
  hide(): void {
    this.channel.hide();
  }
  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
    this.channel.dispose();
  }
}

function levelOfSetting(): LogLevel {
  return workspace.getConfiguration('elbv2').get<string>('trace.server', 'off') === 'off'
    ? LogLevel.Info
    : LogLevel.Trace;
}
