/**
 * The script-driven pages' client code, as constant text (data comes from a `page-data` JSON
 * script). ES5-style so it needs no build step.
 */

/**
 * A React-style controlled form without `<form>`: each input has React's value tracker (an own
 * `value` property that records what script assigned), state changes only on `input` events whose
 * native value differs from the tracked one, every render writes the state back into the inputs,
 * and a `<button type="button">` posts the state as JSON, then follows `{ next }`.
 */
export const CONTROLLED_FORM_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('page-data').textContent);
  var root = document.getElementById('root');
  var native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  var state = { values: {}, error: data.error || '', busy: false };
  var inputs = [];
  function render() {
    inputs.forEach(function (x) {
      var v = state.values[x.key];
      if (native.get.call(x.input) !== v) x.input.value = v;
    });
    alert.textContent = state.error;
    alert.hidden = !state.error;
    button.disabled = state.busy;
  }
  function submit() {
    var missing = data.fields.some(function (f) { return !state.values[f.key].trim(); });
    if (missing) { state.error = data.emptyError; render(); return; }
    state.busy = true; state.error = ''; render();
    fetch(data.endpoint, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify(state.values)
    }).then(function (r) { return r.json(); }).then(function (answer) {
      if (answer.next) { location.assign(answer.next); return; }
      state.busy = false; state.error = answer.error || data.failError; render();
    }).catch(function () { state.busy = false; state.error = data.failError; render(); });
  }
  data.fields.forEach(function (field) {
    var wrap = document.createElement('div');
    var label = document.createElement('label');
    label.htmlFor = field.id; label.textContent = field.label;
    var input = document.createElement('input');
    input.id = field.id; input.type = field.type; input.setAttribute('autocomplete', field.autocomplete);
    var tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: function () { return native.get.call(this); },
      set: function (v) { tracked = String(v); native.set.call(this, v); }
    });
    input.addEventListener('input', function () {
      var v = native.get.call(input);
      if (v === tracked) return;
      tracked = v; state.values[field.key] = v; state.error = ''; render();
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); submit(); }
    });
    state.values[field.key] = '';
    wrap.append(label, input); root.append(wrap);
    inputs.push({ key: field.key, input: input });
  });
  var alert = document.createElement('p');
  alert.className = 'error'; alert.setAttribute('role', 'alert');
  var button = document.createElement('button');
  button.type = 'button'; button.textContent = data.button;
  button.addEventListener('click', submit);
  root.append(alert, button);
  render();
  if (inputs[0]) inputs[0].input.focus();
})();`;

/**
 * The selection window's cards and tiles: a click, Enter or Space picks (sets `stateAttr` true on
 * the pick, false on the rest) and enables Next; Next posts `{ org }` as JSON and follows `{ next }`.
 */
export const PICKER_SCRIPT = `(function () {
  var data = JSON.parse(document.getElementById('page-data').textContent);
  var choices = Array.prototype.slice.call(document.querySelectorAll('[' + data.choiceAttr + ']'));
  var next = document.getElementById('next');
  var alert = document.getElementById('select-error');
  var picked = null;
  function pick(el) {
    picked = el.getAttribute(data.choiceAttr);
    choices.forEach(function (c) { c.setAttribute(data.stateAttr, String(c === el)); });
    next.disabled = false; alert.textContent = '';
  }
  choices.forEach(function (el) {
    el.addEventListener('click', function () { pick(el); });
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(el); }
    });
  });
  next.addEventListener('click', function () {
    if (!picked) { alert.textContent = data.emptyError; return; }
    next.disabled = true;
    fetch(data.endpoint, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: picked })
    }).then(function (r) { return r.json(); }).then(function (answer) {
      if (answer.next) { location.assign(answer.next); return; }
      next.disabled = false; alert.textContent = answer.error || data.emptyError;
    });
  });
})();`;
