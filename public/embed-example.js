// Host side of the Entente embed API: loads the frame, sends it versioned messages from the buttons and
// from a scroll-driven story, and logs the frame's messages. Message contents are shown as text only.
const PROTOCOL = 'entente';
const VERSION = 1;

const params = new URLSearchParams(window.location.search);

/** The Entente app to embed: `?app=` (http or https only) or this page's own folder. */
function getAppUrl() {
  const requested = params.get('app');
  if (requested) {
    try {
      const url = new URL(requested, window.location.href);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      // fall through to the default
    }
    console.warn('embed-example: ignored ?app=, which is not an http(s) URL.');
  }
  return new URL('./', window.location.href);
}

const appUrl = getAppUrl();
const frameUrl = new URL(appUrl);
frameUrl.searchParams.set('embed', '1');
// Only this page may drive the frame, unless `?allow=` names another origin (the tests use that).
frameUrl.searchParams.set('origin', params.get('allow') ?? window.location.origin);
for (const name of ['graph', 'from', 'to', 'node']) {
  const value = params.get(name);
  if (value) frameUrl.searchParams.set(name, value);
}

const frame = document.getElementById('entente-frame');
const log = document.getElementById('message-log');
let fullWindow = null;

function send(type, body = {}) {
  frame.contentWindow?.postMessage({ protocol: PROTOCOL, version: VERSION, type, ...body }, appUrl.origin);
}

function logMessage(message) {
  const item = document.createElement('li');
  item.textContent = JSON.stringify(message);
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

window.addEventListener('message', (event) => {
  if (event.origin !== appUrl.origin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.protocol !== PROTOCOL || message.version !== VERSION) return;
  logMessage(message);
  document.body.dataset.lastMessage = message.type;
  if (message.type === 'ready' && message.window) {
    fullWindow = message.window;
    document.getElementById('window-from').value = message.window.from;
    document.getElementById('window-to').value = message.window.to;
  }
});

document.getElementById('window-form').addEventListener('submit', (event) => {
  event.preventDefault();
  send('setWindow', {
    from: document.getElementById('window-from').value,
    to: document.getElementById('window-to').value,
  });
});
document.getElementById('reset-window').addEventListener('click', () => send('resetWindow'));
document.getElementById('select-form').addEventListener('submit', (event) => {
  event.preventDefault();
  send('select', { node: document.getElementById('select-node').value.trim() });
});
document.getElementById('clear-selection').addEventListener('click', () => send('clearSelection'));
document
  .getElementById('country-on')
  .addEventListener('click', () => send('setCountryView', { enabled: true }));
document
  .getElementById('country-off')
  .addEventListener('click', () => send('setCountryView', { enabled: false }));
document.getElementById('play').addEventListener('click', () => send('play'));
document.getElementById('pause').addEventListener('click', () => send('pause'));

// The story: thirds of the range the frame announced in `ready`.
const DAY = 86_400_000;
function getPart(part) {
  if (!fullWindow || part === 'all') return null;
  const start = Date.parse(fullWindow.from);
  const days = Math.round((Date.parse(fullWindow.to) - start) / DAY) + 1;
  const index = Number(part);
  const from = start + Math.floor((days * index) / 3) * DAY;
  const to = start + (Math.ceil((days * (index + 1)) / 3) - 1) * DAY;
  return { from: new Date(from).toISOString().slice(0, 10), to: new Date(to).toISOString().slice(0, 10) };
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      for (const step of document.querySelectorAll('.story-step')) step.classList.remove('is-active');
      entry.target.classList.add('is-active');
      const window = getPart(entry.target.dataset.part);
      if (window) send('setWindow', window);
      else send('resetWindow');
    }
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
for (const step of document.querySelectorAll('.story-step')) observer.observe(step);

frame.src = frameUrl.href;
