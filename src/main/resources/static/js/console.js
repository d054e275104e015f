// A form marked data-confirm asks before it is sent (discarding a draft loses its changes).
document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
        event.preventDefault();
    }
});

// A page marked data-refresh-seconds (an import under way) loads itself again until what it shows is finished.
(function () {
    var marked = document.querySelector('[data-refresh-seconds]');
    if (marked) {
        window.setTimeout(function () {
            window.location.reload();
        }, 1000 * Number(marked.getAttribute('data-refresh-seconds')));
    }
}());
