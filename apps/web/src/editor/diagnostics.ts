import type { Action, Diagnostic } from '@codemirror/lint';
import type { EditorView } from '@codemirror/view';
import { disableLineEdit } from '@parley/lint';
import type { PageDiagnostic, PageFix } from '../engine/protocol.js';

/**
 * A fix's edits, moved to where its finding is now: the editor keeps a finding's span up to date as text
 * is typed elsewhere, while the engine's offsets are of the text it checked. Edits sit at or around their
 * finding, so they move with it.
 */
function fixChanges(fix: PageFix, checkedStart: number, from: number) {
  const shift = from - checkedStart;
  return fix.edits.map((e) => ({ from: e.start + shift, to: e.end + shift, insert: e.newText }));
}

/** "Disable RULE for this line": the engine's own edit ({@link disableLineEdit}), on the current text. */
export function disableAction(rule: PageDiagnostic['rule']): Action {
  return {
    name: 'Disable for this line',
    apply(view: EditorView, from: number) {
      const edit = disableLineEdit(view.state.doc.toString(), from, rule);
      view.dispatch({
        changes: { from: edit.start, to: edit.end, insert: edit.newText },
        userEvent: 'input.disable',
      });
    },
  };
}

/** One engine finding as a CodeMirror diagnostic: its fixes and "disable for this line" as actions. */
export function toCodeMirror(d: PageDiagnostic): Diagnostic {
  const actions: Action[] = d.fixes.map((fix) => ({
    name: fix.title,
    apply(view: EditorView, from: number) {
      view.dispatch({ changes: fixChanges(fix, d.start, from), userEvent: 'input.fix' });
    },
  }));
  actions.push(disableAction(d.rule));
  return {
    from: d.start,
    to: d.end,
    severity: d.severity,
    source: d.rule,
    message: d.message,
    actions,
  };
}
