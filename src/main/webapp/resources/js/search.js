/*
 * Suggestions while typing in the header's search box: after a short pause, the box's list
 * (a native datalist, which browsers offer by keyboard and to screen readers) is filled with the
 * titles, crafts and places that begin with the words typed.
 */
(function () {
  function attach(form) {
    var box = form.querySelector('input[type="search"]');
    var list = document.getElementById(box.getAttribute('list'));
    var address = form.getAttribute('data-suggest');
    var timer = null;
    var asked = '';
    box.addEventListener('input', function () {
      window.clearTimeout(timer);
      var typed = box.value.trim();
      if (typed.length < 2 || typed === asked) {
        return;
      }
      timer = window.setTimeout(function () {
        asked = typed;
        fetch(address + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
          .then(function (answer) { return answer.ok ? answer.json() : {suggestions: []}; })
          .then(function (found) {
            if (box.value.trim() !== typed) {
              return;
            }
            while (list.firstChild) {
              list.removeChild(list.firstChild);
            }
            found.suggestions.forEach(function (text) {
              var option = document.createElement('option');
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* no suggestion then: the search itself still works */ });
      }, 150);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.site-search'), attach);
  });
})();
