// Rådgivaren's advisor console. Plain browser JavaScript, no build step. Every piece of data
// from the server is put on the page with textContent (or text nodes); never innerHTML.
'use strict';

(() => {
  const REASONS = {
    asked_for_human: 'Vill prata med en människa',
    personal_case: 'Personligt ärende',
    crisis: 'Kris',
    abstained: 'Boten kunde inte svara',
    callback: 'Ring upp',
  };
  const PRIORITIES = ['Brådskande', 'Hög prioritet', 'Normal prioritet'];
  const CHANNELS = { webchat: 'Webbchatt', msteams: 'Teams', teams: 'Teams', sms: 'SMS', directline: 'Webbchatt' };
  const INTENTS = { human: 'Vill prata med en människa', personal_case: 'Personligt ärende', crisis: 'Kris', question: 'Fråga', smalltalk: 'Småprat', empty: 'Tomt meddelande' };
  const AUTHORS = { member: 'Medlem', bot: 'Boten', advisor: 'Rådgivare', system: 'System' };
  const STATES = { bot: 'Samtalet är hos boten.', queued: 'Väntar i kön.', advisor: 'Hos en rådgivare.', closed: 'Samtalet är avslutat.' };

  const $ = (id) => document.getElementById(id);
  const state = {
    advisor: null,
    csrf: '',
    queue: [],
    queueFetchedAt: 0,
    current: null, // { id, conversation, handoff, lastId }
    events: null,
    queueLoading: false,
    queueAgain: false,
    transcriptLoading: false,
    transcriptAgain: false,
  };

  /** Creates an element; children are nodes or strings (strings become text nodes). */
  function el(tag, className, ...children) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child);
    }
    return node;
  }

  async function api(method, path, body) {
    const headers = { accept: 'application/json' };
    if (method !== 'GET') headers['x-csrf-token'] = state.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`/advisor/api${path}`, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    let data = {};
    try {
      data = await res.json();
    } catch {
      data = {};
    }
    if (res.status === 401 && path !== '/login' && path !== '/session') signedOut();
    return { status: res.status, data, headers: res.headers };
  }

  function errorText(data, fallback) {
    return (data && data.error && data.error.message) || fallback;
  }

  // ---- login and logout ----

  function showLogin(message) {
    state.advisor = null;
    state.csrf = '';
    $('console').hidden = true;
    $('who').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('email').focus();
  }

  function signedOut() {
    if (state.events) state.events.close();
    state.events = null;
    state.current = null;
    showLogin('Du är utloggad. Logga in igen.');
  }

  async function onLogin(event) {
    event.preventDefault();
    const email = $('email').value.trim();
    const password = $('password').value;
    if (!email || !password) {
      $('login-error').textContent = 'Fyll i e-post och lösenord.';
      return;
    }
    const { status, data, headers } = await api('POST', '/login', { email, password });
    $('password').value = '';
    if (status === 200) return start(data);
    if (status === 429) {
      const minutes = Math.max(1, Math.ceil(Number(headers.get('retry-after') || 60) / 60));
      $('login-error').textContent = `För många inloggningsförsök. Försök igen om ${minutes} min.`;
      return;
    }
    $('login-error').textContent = errorText(data, 'Inloggningen misslyckades.');
  }

  async function onLogout() {
    await api('POST', '/logout');
    if (state.events) state.events.close();
    state.events = null;
    state.current = null;
    showLogin('Du är utloggad.');
  }

  function start(session) {
    state.advisor = session.advisor;
    state.csrf = session.csrfToken;
    $('login').hidden = true;
    $('console').hidden = false;
    $('who').hidden = false;
    $('advisor-name').textContent = session.advisor.name;
    $('login-error').textContent = '';
    connectEvents();
    loadQueue();
  }

  // ---- live events ----

  function connectEvents() {
    if (state.events) state.events.close();
    const source = new EventSource('/advisor/api/events');
    state.events = source;
    let opened = false;
    source.addEventListener('open', () => {
      $('live').classList.add('on');
      document.body.dataset.events = 'open';
      // After a reconnect, catch up with whatever happened while the stream was down.
      if (opened) {
        loadQueue();
        if (state.current) loadTranscript();
      }
      opened = true;
    });
    source.addEventListener('error', () => {
      $('live').classList.remove('on');
      document.body.dataset.events = 'closed';
      if (source.readyState === EventSource.CLOSED && state.events === source) {
        // The server refused the stream (session ended?) — check, then try again.
        setTimeout(async () => {
          if (state.events !== source) return;
          const { status } = await api('GET', '/session');
          if (status === 200) connectEvents();
          else if (state.advisor) signedOut();
        }, 2000);
      }
    });
    source.addEventListener('queue_changed', () => loadQueue());
    source.addEventListener('message', (event) => {
      const data = parse(event.data);
      if (data && state.current && data.conversationId === state.current.id) loadTranscript();
    });
    source.addEventListener('delivery_failed', (event) => {
      const data = parse(event.data);
      if (!data || !state.current || data.conversationId !== state.current.id) return;
      // Re-read the transcript from the start so the failed message is marked where it is.
      state.current.lastId = 0;
      $('transcript').replaceChildren();
      loadTranscript();
    });
    source.addEventListener('conversation_changed', (event) => {
      const data = parse(event.data);
      if (!data || !state.current || data.conversationId !== state.current.id) return;
      state.current.conversation.state = data.state;
      renderControls();
      loadTranscript();
    });
  }

  function parse(text) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  // ---- the queue ----

  async function loadQueue() {
    if (state.queueLoading) {
      state.queueAgain = true;
      return;
    }
    state.queueLoading = true;
    try {
      do {
        state.queueAgain = false;
        const { status, data } = await api('GET', '/queue');
        if (status !== 200) return;
        state.queue = data.entries || [];
        state.queueFetchedAt = Date.now();
        renderQueue();
      } while (state.queueAgain);
    } finally {
      state.queueLoading = false;
    }
  }

  function waitText(entry) {
    const seconds = Math.max(0, Math.round(entry.waitSeconds + (Date.now() - state.queueFetchedAt) / 1000));
    if (seconds < 60) return `Väntat ${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `Väntat ${minutes} min`;
    return `Väntat ${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  }

  function renderQueue() {
    const list = $('queue');
    const items = state.queue.map((entry) => {
      const item = el('li', `entry p${entry.priority}`);
      item.dataset.handoffId = entry.handoffId;
      item.dataset.conversationId = entry.conversationId;
      if (state.current && state.current.id === entry.conversationId) item.classList.add('current');
      const wait = el('span', 'wait', waitText(entry));
      wait.dataset.wait = '1';
      item.append(
        el('div', 'head',
          el('span', 'reason', REASONS[entry.reason] || entry.reason),
          el('span', 'tag priority', PRIORITIES[entry.priority] || `Prioritet ${entry.priority}`),
          wait,
          el('span', 'tag channel', CHANNELS[entry.channel] || entry.channel),
          entry.position ? el('span', 'tag', `Plats ${entry.position}`) : null),
      );
      if (entry.callbackPhone) item.append(el('p', 'callback', `Ring upp: ${entry.callbackPhone}`));
      if (entry.status === 'claimed') item.append(el('p', 'claimed', `Tas om hand av ${entry.advisorName || 'en kollega'}`));
      item.append(renderSummary(entry.summary || {}));
      const open = el('button', 'open', 'Öppna');
      open.type = 'button';
      open.addEventListener('click', () => openConversation(entry.conversationId));
      item.append(open);
      return item;
    });
    list.replaceChildren(...items);
    $('queue-empty').hidden = items.length > 0;
    $('queue-count').textContent = items.length ? `(${items.length})` : '';
    if (state.current) {
      const entry = state.queue.find((e) => e.conversationId === state.current.id);
      state.current.handoff = entry || null;
      renderControls();
    }
  }

  function renderSummary(summary) {
    const box = el('div', 'summary');
    if (summary.generated) box.append(el('h3', null, 'Sammanfattning'), el('p', null, summary.generated));
    if (summary.questions && summary.questions.length) {
      box.append(el('h3', null, 'Medlemmen skrev'), el('ul', null, ...summary.questions.map((q) => el('li', null, q))));
    }
    if (summary.intent) box.append(el('p', 'intent', `Avsikt: ${INTENTS[summary.intent] || summary.intent}`));
    if (summary.botAnswers && summary.botAnswers.length) {
      box.append(
        el('h3', null, 'Boten svarade'),
        el('ul', null, ...summary.botAnswers.map((a) => el('li', null, a.text, a.sources && a.sources.length ? el('div', 'sources', `Källor: ${a.sources.join('; ')}`) : null))),
      );
    }
    return box;
  }

  setInterval(() => {
    for (const node of document.querySelectorAll('#queue [data-wait]')) {
      const id = node.closest('li').dataset.handoffId;
      const entry = state.queue.find((e) => e.handoffId === id);
      if (entry) node.textContent = waitText(entry);
    }
  }, 1000);

  // ---- one conversation ----

  // Events announce what an advisor must see (queue changes, messages in conversations with an
  // advisor); while the bot has the conversation its turns are caught up every few seconds.
  setInterval(() => {
    if (state.current && state.current.conversation.state !== 'advisor' && !document.hidden) loadTranscript();
  }, 5000);

  async function openConversation(id) {
    $('conversation-error').textContent = '';
    const { status, data } = await api('GET', `/conversations/${encodeURIComponent(id)}`);
    if (status !== 200) {
      $('conversation-error').textContent = errorText(data, 'Samtalet kunde inte öppnas.');
      return;
    }
    state.current = { id, conversation: data.conversation, handoff: data.handoff || null, lastId: 0 };
    $('transcript').replaceChildren();
    appendLines(data.transcript || []);
    $('conversation-placeholder').hidden = true;
    $('conversation').hidden = false;
    $('conversation-meta').textContent = `${CHANNELS[data.conversation.channel] || data.conversation.channel} · startat ${formatTime(data.conversation.createdAt)}`;
    renderControls();
    renderQueue();
  }

  async function loadTranscript() {
    if (!state.current) return;
    if (state.transcriptLoading) {
      state.transcriptAgain = true;
      return;
    }
    state.transcriptLoading = true;
    try {
      do {
        state.transcriptAgain = false;
        const current = state.current;
        if (!current) return;
        const { status, data } = await api('GET', `/conversations/${encodeURIComponent(current.id)}/transcript?after=${current.lastId}`);
        if (status === 404 && state.current === current) return closeView('Samtalet finns inte längre.');
        if (status !== 200 || state.current !== current) continue;
        appendLines(data.transcript || []);
      } while (state.transcriptAgain);
    } finally {
      state.transcriptLoading = false;
    }
  }

  function appendLines(lines) {
    const list = $('transcript');
    for (const line of lines) {
      if (line.id <= state.current.lastId) continue;
      state.current.lastId = line.id;
      const who = line.author === 'advisor' && line.advisorName ? `${AUTHORS.advisor} (${line.advisorName})` : AUTHORS[line.author] || line.author;
      const item = el('li', `line ${line.author}`, el('span', 'who', `${who} · ${formatTime(line.createdAt)}`), el('p', 'text', line.text));
      item.dataset.author = line.author;
      item.dataset.id = String(line.id);
      if (line.deliveryFailed) markUndelivered(item, line.deliveryFailed);
      if (line.citations && line.citations.length) {
        item.append(el('ol', 'sources', ...line.citations.map((c) => el('li', null, `[${c.n}] ${c.title}${c.heading ? ` – ${c.heading}` : ''}`))));
      }
      list.append(item);
    }
    list.scrollTop = list.scrollHeight;
  }

  function markUndelivered(item, reason) {
    if (item.querySelector('.undelivered')) return;
    item.classList.add('failed');
    item.append(el('p', 'undelivered', `Kom inte fram till medlemmen (${reason}).`));
  }

  function formatTime(value) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleString('sv-SE', { dateStyle: 'short', timeStyle: 'short' });
  }

  function renderControls() {
    const current = state.current;
    if (!current) return;
    const h = current.handoff;
    const convState = current.conversation.state;
    const mine = Boolean(h && h.status === 'claimed' && state.advisor && h.advisorId === state.advisor.id);
    const colleague = Boolean(h && h.status === 'claimed' && !mine);
    let owner = STATES[convState] || '';
    if (mine) owner = 'Du har tagit över samtalet.';
    else if (colleague) owner = `${h.advisorName || 'En kollega'} har tagit över samtalet.`;
    $('conversation-owner').textContent = owner;
    $('claim').disabled = !(h && h.status === 'queued');
    const canFinish = mine || (h && h.status === 'queued') || (!h && (convState === 'advisor' || convState === 'queued'));
    $('hand-back').disabled = !canFinish;
    $('close').disabled = !canFinish;
    const canWrite = mine && convState === 'advisor';
    $('message').disabled = !canWrite;
    $('send').disabled = !canWrite;
  }

  function closeView(message) {
    state.current = null;
    $('conversation').hidden = true;
    $('conversation-placeholder').hidden = false;
    $('conversation-placeholder').textContent = message || 'Välj ett ärende i kön.';
    renderQueue();
  }

  async function onClaim() {
    const current = state.current;
    if (!current || !current.handoff) return;
    $('conversation-error').textContent = '';
    const { status, data } = await api('POST', `/handoffs/${encodeURIComponent(current.handoff.handoffId)}/claim`);
    if (status === 200) {
      current.handoff = data.entry;
      current.conversation.state = 'advisor';
      renderControls();
      loadTranscript();
      $('message').focus();
    } else if (status === 409) {
      $('conversation-error').textContent = data.claimedBy ? `${data.claimedBy} har redan tagit över samtalet.` : errorText(data, 'Samtalet är inte längre i kön.');
    } else {
      $('conversation-error').textContent = errorText(data, 'Det gick inte att ta över samtalet.');
    }
    loadQueue();
  }

  async function finish(path, nextState) {
    const current = state.current;
    if (!current) return;
    $('conversation-error').textContent = '';
    const { status, data } = await api('POST', `/conversations/${encodeURIComponent(current.id)}/${path}`);
    if (status !== 200) {
      $('conversation-error').textContent = errorText(data, 'Det gick inte.');
      return;
    }
    current.conversation.state = nextState;
    current.handoff = null;
    renderControls();
    loadTranscript();
    loadQueue();
  }

  async function onErase() {
    const current = state.current;
    if (!current) return;
    if (!window.confirm('Radera alla medlemmens samtal? Det går inte att ångra.')) return;
    const { status, data } = await api('POST', `/conversations/${encodeURIComponent(current.id)}/erase`);
    if (status !== 200) {
      $('conversation-error').textContent = errorText(data, 'Det gick inte att radera.');
      return;
    }
    closeView(`Medlemmens samtal är raderade (${data.erased}).`);
    loadQueue();
  }

  async function onSend(event) {
    event.preventDefault();
    const current = state.current;
    const text = $('message').value.trim();
    if (!current || !text) return;
    $('send').disabled = true;
    const { status, data } = await api('POST', `/conversations/${encodeURIComponent(current.id)}/messages`, { text });
    if (status === 200) {
      $('message').value = '';
      $('conversation-error').textContent = '';
      loadTranscript();
    } else {
      $('conversation-error').textContent = errorText(data, 'Meddelandet kunde inte skickas.');
    }
    renderControls();
    $('message').focus();
  }

  // ---- wiring ----

  document.addEventListener('DOMContentLoaded', async () => {
    $('login-form').addEventListener('submit', onLogin);
    $('logout').addEventListener('click', onLogout);
    $('claim').addEventListener('click', onClaim);
    $('hand-back').addEventListener('click', () => finish('hand-back', 'bot'));
    $('close').addEventListener('click', () => finish('close', 'closed'));
    $('erase').addEventListener('click', onErase);
    $('message-form').addEventListener('submit', onSend);
    $('message').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSend(event);
    });
    const { status, data } = await api('GET', '/session');
    if (status === 200) start(data);
    else showLogin();
  });
})();
