/*
 * Forms sent once. Each form carries a token of its own, drawn when the page is shown: the server
 * recognises a form sent twice by it and does the work once. While a form is being sent, sending
 * it again (a second click, Enter pressed twice) does nothing, and its button says so.
 */
(function () {
  function token() {
    if (window.crypto && window.crypto.randomUUID) {
      return window.crypto.randomUUID();
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return ('0' + b.toString(16)).slice(-2);
    }).join('');
  }

  function stamp(form) {
    var field = form.querySelector('input[name="passeurs.submission"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = 'passeurs.submission';
      form.appendChild(field);
    }
    field.value = token();
    ready(form);
  }

  // a form that may be sent (again)
  function ready(form) {
    delete form.dataset.sending;
    form.removeAttribute('aria-busy');
    Array.prototype.forEach.call(form.querySelectorAll('.sending'), function (button) {
      button.classList.remove('sending');
      button.removeAttribute('aria-disabled');
    });
  }

  // only forms that change something carry a token: a search (GET) is not work done
  function posted(form) {
    return (form.getAttribute('method') || 'get').toLowerCase() === 'post';
  }

  function stampAll() {
    Array.prototype.forEach.call(document.forms, function (form) {
      if (posted(form)) {
        stamp(form);
      } else {
        ready(form);
      }
    });
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.dataset.sending) {
      event.preventDefault();
      return;
    }
    form.dataset.sending = 'yes';
    form.setAttribute('aria-busy', 'true');
    if (event.submitter) {
      event.submitter.classList.add('sending');
      event.submitter.setAttribute('aria-disabled', 'true');
    }
  }, true);

  // a page shown again from the history is a new page: its forms may be sent again
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      stampAll();
    }
  });
  // a form drawn again by an Ajax update gets a token again
  if (window.jQuery) {
    window.jQuery(document).on('pfAjaxComplete', function () {
      Array.prototype.forEach.call(document.forms, function (form) {
        if (posted(form) && !form.querySelector('input[name="passeurs.submission"]')) {
          stamp(form);
        }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', stampAll);
  } else {
    stampAll();
  }
})();

/*
 * The navigation: on phones it folds behind the "Menu" button; one role's menu open at a time, and
 * a click elsewhere or Escape closes it.
 */
(function () {
  document.documentElement.classList.add('js');

  function menus() {
    return Array.prototype.slice.call(document.querySelectorAll('.menu details'));
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('#menuButton');
    if (button) {
      var header = button.closest('.site-header');
      var open = header.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      return;
    }
    var inside = event.target.closest && event.target.closest('.menu details');
    menus().forEach(function (details) {
      if (details !== inside) {
        details.removeAttribute('open');
      }
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    menus().forEach(function (details) {
      if (details.open) {
        details.removeAttribute('open');
        details.querySelector('summary').focus();
      }
    });
  });
})();
