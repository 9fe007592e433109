// PartnerCrm's only script: it starts Det Fælles Designsystem's components, makes search boxes search
// as you type and keeps the skip link's focus. Every page works without it; forms post and links navigate
// as plain HTML.
(function () {
    'use strict';

    function startDesignSystem() {
        if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();
    }

    // Fetches the page for the new search and swaps in its results only, so the search box keeps focus
    // and what the user goes on typing. The address bar follows, so the search can be shared or reloaded.
    var latestSearch = 0;

    function refreshResults(form, url) {
        var target = document.getElementById(form.dataset.searchAsYouType);
        if (!target) { window.location.assign(url.toString()); return; }
        var search = ++latestSearch;
        fetch(url.toString(), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            .then(function (html) {
                if (search !== latestSearch) return;
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(target.id);
                if (!fresh) return;
                target.innerHTML = fresh.innerHTML;
                history.replaceState(history.state, '', url.pathname + url.search);
            })
            .catch(function () { window.location.assign(url.toString()); });
    }

    // A search form marked data-search-as-you-type submits itself a moment after the user stops typing.
    function searchAsYouType() {
        document.querySelectorAll('form[data-search-as-you-type]').forEach(function (form) {
            if (form.dataset.searchReady) return;
            form.dataset.searchReady = 'true';
            var input = form.querySelector('input[type="search"], input[type="text"]');
            if (!input) return;
            var timer;
            input.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    var url = new URL(form.action || window.location.href, window.location.href);
                    new FormData(form).forEach(function (value, name) {
                        if (value) url.searchParams.set(name, value); else url.searchParams.delete(name);
                    });
                    url.searchParams.delete('cursor');
                    refreshResults(form, url);
                }, 300);
            });
        });
    }

    // Enhanced navigation scrolls to the skip link's target but leaves focus where it was: move it there,
    // so the next Tab continues in the page's content as it does without the script.
    document.addEventListener('click', function (event) {
        var skip = event.target.closest && event.target.closest('.skipnav');
        var main = document.getElementById('main-content');
        if (skip && main) main.focus();
    });

    // A company import that is still running: fetch its page again every second and a half and swap in the
    // status region, until the import has finished. Without the script, the page's refresh link does the same.
    var importTimer;

    function followImport() {
        clearTimeout(importTimer);
        var status = document.getElementById('import-status');
        if (!status || !status.dataset.importRunning) return;
        var url = window.location.href;
        importTimer = setTimeout(function () {
            fetch(url, { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
                .then(function (html) {
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('import-status');
                    var current = document.getElementById('import-status');
                    if (!fresh || !current || window.location.href !== url) return;
                    current.innerHTML = fresh.innerHTML;
                    if (fresh.dataset.importRunning) current.dataset.importRunning = 'true';
                    else delete current.dataset.importRunning;
                    followImport();
                })
                .catch(function () { followImport(); });
        }, 1500);
    }

    function start() {
        startDesignSystem();
        searchAsYouType();
        followImport();
    }

    document.addEventListener('DOMContentLoaded', function () {
        start();
        // Enhanced navigation swaps the page's content without loading it anew.
        if (window.Blazor && typeof window.Blazor.addEventListener === 'function') window.Blazor.addEventListener('enhancedload', start);
    });
})();
