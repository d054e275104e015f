// The draft editor: CodeMirror over the plain text area (which still works without scripts), with line numbers,
// the last check's errors marked at their lines, the line an error link names brought into view, and a warning
// before leaving with unsaved edits.
(function () {
    var area = document.getElementById('content');
    if (!area || !window.CodeMirror) {
        return;
    }
    var editor = CodeMirror.fromTextArea(area, {
        lineNumbers: true,
        lineWrapping: true,
        // Another editor reviewing a draft reads it, with the same line numbers and error marks, and changes nothing.
        readOnly: area.readOnly,
        mode: area.dataset.mode === 'drl' ? 'text/x-java' : 'text/x-yaml',
        indentUnit: 4,
        viewportMargin: Infinity,
        gutters: ['error-gutter', 'CodeMirror-linenumbers'],
        screenReaderLabel: 'Contents of ' + area.dataset.file,
        // Tab leaves the editor like any other control, so keyboard users are never trapped in it.
        extraKeys: { Tab: false, 'Shift-Tab': false }
    });

    // The label names the text area CodeMirror hides; clicking it should still lead to the text.
    document.querySelector('label[for=content]').addEventListener('click', function () {
        editor.focus();
    });

    document.querySelectorAll('.compile-error').forEach(function (item) {
        if (item.dataset.file !== area.dataset.file) {
            return;
        }
        var line = Number(item.dataset.line) - 1;
        if (line < 0 || line >= editor.lineCount()) {
            return;
        }
        var marker = document.createElement('span');
        marker.className = 'error-marker';
        marker.textContent = '!';
        marker.title = item.querySelector('.error-message').textContent;
        editor.setGutterMarker(line, 'error-gutter', marker);
        editor.addLineClass(line, 'wrap', 'cm-error-line');
    });

    var target = Number(area.dataset.line);
    if (target > 0 && target <= editor.lineCount()) {
        editor.addLineClass(target - 1, 'wrap', 'cm-target-line');
        editor.setCursor({ line: target - 1, ch: 0 });
        editor.scrollIntoView({ line: target - 1, ch: 0 }, 120);
        editor.focus();
    }

    var status = document.getElementById('editor-status');
    var dirty = false;
    var leaving = false;
    editor.on('change', function () {
        if (!dirty) {
            dirty = true;
            status.textContent = 'Unsaved changes';
        }
    });
    document.getElementById('editor-form').addEventListener('submit', function () {
        leaving = true;
    });
    var publish = document.getElementById('publish-form');
    if (publish) {
        publish.addEventListener('submit', function (event) {
            if (dirty && !window.confirm('Your last edits are not saved. Publish the draft as it was last saved?')) {
                event.preventDefault();
                return;
            }
            leaving = true;
        });
    }
    window.addEventListener('beforeunload', function (event) {
        if (dirty && !leaving) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
