// Copies a newly issued API key to the clipboard. The key is on the page as selectable text as well, so
// without this script (or without clipboard access) it is selected and copied by hand.
(function () {
    'use strict';

    function showButtons() {
        document.querySelectorAll('[data-copy-key]').forEach(function (button) {
            var holder = button.closest('[hidden]');
            if (holder) holder.hidden = false;
        });
    }

    function selectText(element) {
        var range = document.createRange();
        range.selectNodeContents(element);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
    }

    function tell(button, text) {
        var status = button.parentElement && button.parentElement.querySelector('.issued-key-copied');
        if (status) status.textContent = text;
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest && event.target.closest('[data-copy-key]');
        if (!button) return;
        var key = document.getElementById(button.dataset.copyKey);
        if (!key) return;
        var text = key.textContent.trim();
        var copied = navigator.clipboard && window.isSecureContext
            ? navigator.clipboard.writeText(text)
            : Promise.reject(new Error('no clipboard'));
        copied
            .then(function () { tell(button, button.dataset.copied); })
            .catch(function () {
                selectText(key);
                tell(button, button.dataset.copyFailed);
            });
    });

    document.addEventListener('DOMContentLoaded', function () {
        showButtons();
        // Enhanced navigation and enhanced forms swap the page's content without loading it anew.
        if (window.Blazor && typeof window.Blazor.addEventListener === 'function') window.Blazor.addEventListener('enhancedload', showButtons);
    });
})();
