// The host side of the Custom UI bridge, for the local site. In Jira, the product page hosting
// a Custom UI iframe provides `globalThis.__bridge`; @forge/bridge (the real package, unchanged,
// inside the app's bundle) calls `__bridge.callBridge(command, payload)`. This script stands in
// for Jira: it must load before the app's bundle, and forwards each command to the local site,
// which runs the resolvers on the local Forge runtime.
(function () {
  var params = new URLSearchParams(window.location.search);
  var session = { user: params.get('user') || 'admin', page: params.get('page') || 'admin' };

  function showFlag(options) {
    var flag = document.createElement('div');
    flag.setAttribute('role', 'alert');
    flag.setAttribute('data-testid', 'local-flag');
    flag.style.cssText =
      'position:fixed;bottom:16px;left:16px;max-width:360px;padding:12px 16px;border-radius:4px;' +
      'background:#fff;box-shadow:0 4px 8px rgba(9,30,66,.25);font:14px system-ui;z-index:9999';
    flag.textContent = [options && options.title, options && options.description].filter(Boolean).join(' — ');
    document.body.appendChild(flag);
    setTimeout(function () { flag.remove(); }, 8000);
    return { close: function () { flag.remove(); return Promise.resolve(true); } };
  }

  async function callSite(command, payload) {
    var response = await fetch('/__local/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: session.user, page: session.page, command: command, payload: payload }),
    });
    var answer = await response.json();
    if (!response.ok) throw new Error(answer.message || 'There was an error invoking the function');
    return answer.result;
  }

  globalThis.__bridge = {
    callBridge: function (command, payload) {
      switch (command) {
        case 'getContext':
        case 'invoke':
        case 'getUrl':
          return callSite(command, payload);
        case 'showFlag':
          return Promise.resolve(showFlag(payload));
        case 'navigate':
          window.top.location.assign(payload.url || '/');
          return Promise.resolve();
        case 'reload':
          window.location.reload();
          return Promise.resolve();
        case 'resize':
        case 'setTitle':
        case 'emitReadyEvent':
          return Promise.resolve();
        default:
          return Promise.reject(new Error('The local site does not support the bridge command ' + command));
      }
    },
  };
})();
