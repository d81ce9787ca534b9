/*
 * Evergreen "pay with points" widget: keeps the slider and the number field in step and shows what the
 * chosen points are worth as the shopper moves them. No libraries; without JavaScript the number field
 * and the server-rendered value still work.
 */
(function () {
  'use strict';

  function formatter(root) {
    var currency = root.getAttribute('data-currency') || 'USD';
    var locale = root.getAttribute('data-locale') || undefined;
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: currency });
    } catch (e) {
      return { format: function (n) { return currency + ' ' + n.toFixed(2); } };
    }
  }

  function setUp(root) {
    if (root.getAttribute('data-evg-ready')) {
      return;
    }
    root.setAttribute('data-evg-ready', 'true');
    var slider = root.querySelector('.evg-redeem-slider');
    var field = root.querySelector('.evg-redeem-points');
    var value = root.querySelector('.evg-redeem-value');
    if (!slider || !field || !value) {
      return;
    }
    var perUnit = parseInt(root.getAttribute('data-points-per-unit'), 10) || 100;
    var money = formatter(root);

    function show(points) {
      if (/^\d+$/.test(String(points).trim())) {
        var cents = Math.floor(parseInt(points, 10) * 100 / perUnit);
        value.textContent = money.format(cents / 100);
      } else {
        value.textContent = '\u2013';
      }
    }

    slider.addEventListener('input', function () {
      field.value = slider.value;
      show(slider.value);
    });
    field.addEventListener('input', function () {
      var n = parseInt(field.value, 10);
      if (!isNaN(n)) {
        slider.value = String(n);
      }
      show(field.value);
    });
    show(field.value);
  }

  function init() {
    var roots = document.querySelectorAll('[data-evg-redeem]');
    for (var i = 0; i < roots.length; i++) {
      setUp(roots[i]);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
