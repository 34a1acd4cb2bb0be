// The companion extension: code-server refuses --extensionTestsPath, so this extension, installed
// beside the .vsix, runs the suite when the workbench starts, writes the report where the harness
// (workbench.test.ts) waits for it, and leaves the editor ready for the harness's UI checks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { runSuite } from './suite';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const out = process.env.ELBV2_WORKBENCH_REPORT;
  if (!out) return;
  // logUri is this extension's folder inside the extension host's log folder.
  const report = await runSuite(path.dirname(context.logUri.fsPath));
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const ui = vscode.Uri.joinPath(folder.uri, 'ui', 'listener.elbv2.yaml');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(ui), { preview: false });
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
  fs.writeFileSync(`${out}.part`, JSON.stringify(report, null, 2));
  fs.renameSync(`${out}.part`, out);
}
