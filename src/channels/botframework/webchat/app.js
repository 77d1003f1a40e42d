// Starts Microsoft's Web Chat against this server's own Direct Line endpoint (polling, no
// cloud service). The conversation survives a page reload within the tab's session.
(function () {
  'use strict';
  var STORAGE_KEY = 'radgivaren.webchat';
  var domain = window.location.origin + '/v3/directline';

  function post(url, token) {
    return fetch(url, { method: 'POST', headers: token ? { Authorization: 'Bearer ' + token } : {} }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function saved() {
    try { return JSON.parse(sessionStorage.getItem(STORAGE_KEY) || 'null'); } catch (e) { return null; }
  }

  function start() {
    var previous = saved();
    var session = previous
      ? post(domain + '/tokens/refresh', previous.token).then(function (r) { return { token: r.token, conversationId: r.conversationId, userId: previous.userId, resumed: true }; })
      : Promise.reject(new Error('no session'));
    return session.catch(function () {
      return post('/api/webchat/token').then(function (r) { return { token: r.token, conversationId: r.conversationId, userId: r.userId, resumed: false }; });
    });
  }

  start().then(function (session) {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ token: session.token, userId: session.userId }));
    var options = { token: session.token, domain: domain, webSocket: false, pollingInterval: 500 };
    if (session.resumed) options.conversationId = session.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: 'sv-SE',
      styleOptions: { markdownRenderHTML: false, hideUploadButton: false, botAvatarInitials: 'V', userAvatarInitials: 'Du', accent: '#4a1a6b' }
    }, document.getElementById('webchat'));
    document.querySelector('#webchat').focus();
  }).catch(function (error) {
    document.getElementById('webchat').textContent = 'Chatten kunde inte starta just nu. Försök igen om en stund, eller sms:a VISION till 71501.';
    console.error(error);
  });
})();
