// The sidebar page's own script (plain ES5, run in the officer's browser): loads the data through google.script.run, draws it with textContent only, ticks the countdown, runs the buttons.

/**
 * The script's source; `SERVER` (the server functions by role) is prepended by `dashboardPage`.
 * Every workbook text reaches the page through `textContent`, never as HTML. Durations are written
 * as `formatDuration` (`src/core/reminders/countdown.ts`) writes them; a browser test holds the two equal.
 */
export const DASHBOARD_SCRIPT = String.raw`
var ACTIONS = {
  rollup: { busy: 'Đang tổng hợp tuần…', failed: 'Không tổng hợp được', reload: true },
  preview: { busy: 'Đang mở xem trước nhắc hạn…', failed: 'Không mở được xem trước nhắc hạn', reload: false },
  report: { busy: 'Đang lập báo cáo tuần…', failed: 'Không lập được báo cáo tuần', reload: false }
};
var data = null;
var loadedAt = 0;
function byId(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
function durationText(ms) {
  var total = Math.floor(Math.abs(ms) / 60000);
  if (total === 0) return 'dưới 1 phút';
  var parts = [];
  var days = Math.floor(total / 1440), hours = Math.floor((total % 1440) / 60), minutes = total % 60;
  if (days > 0) parts.push(days + ' ngày');
  if (hours > 0) parts.push(hours + ' giờ');
  if (minutes > 0) parts.push(minutes + ' phút');
  return parts.join(' ');
}
function countdownText(msLeft) {
  return msLeft >= 0 ? 'còn ' + durationText(msLeft) : 'đã quá hạn ' + durationText(msLeft);
}
function errorText(err) {
  var m = err && err.message ? err.message : String(err);
  return m.replace(/^(Exception|Error): /, '');
}
function say(text, kind) {
  var m = byId('message');
  m.textContent = text;
  m.className = kind;
}
function busy(on) {
  var buttons = document.querySelectorAll('button');
  for (var i = 0; i < buttons.length; i++) buttons[i].disabled = on;
}
function tick() {
  if (!data) return;
  // Whole minutes since the data came: the first reading is the server's own, then one minute less each minute.
  var gone = Math.floor((Date.now() - loadedAt) / 60000) * 60000;
  var left = data.deadline.msLeft - gone;
  var c = byId('countdown');
  c.textContent = countdownText(left);
  c.className = 'countdown ' + (left >= 0 ? 'open' : 'late');
  var next = byId('next');
  next.textContent = data.nextDeadline
    ? 'Hạn tuần sau: ' + data.nextDeadline.text + ' (' + countdownText(data.nextDeadline.msLeft - gone) + ')'
    : '';
}
function show(d) {
  data = d;
  loadedAt = Date.now();
  byId('commune').textContent = 'Xã ' + d.communeName;
  byId('week').textContent = d.weekLabel;
  byId('deadline').textContent = 'Hạn nộp: ' + d.deadline.text;
  byId('asof').textContent = d.asOfText;
  var notes = byId('notes');
  notes.textContent = '';
  for (var n = 0; n < d.notes.length; n++) notes.appendChild(el('p', 'note', d.notes[n]));
  byId('reported').textContent = d.reportedText;
  var list = byId('reports');
  list.textContent = '';
  var bars = byId('bars');
  bars.textContent = '';
  var badge = { 'Đúng hạn': 'b-ok', 'Trễ hạn': 'b-late', 'Chưa nộp': 'b-none' };
  for (var i = 0; i < d.villages.length; i++) {
    var v = d.villages[i];
    var li = el('li');
    li.appendChild(el('span', 'name', v.village));
    li.appendChild(el('span', 'badge ' + (badge[v.weekReport] || 'b-out'), v.reportText));
    list.appendChild(li);
    var row = el('div', 'row');
    var top = el('div', 'top');
    top.appendChild(el('span', 'name', v.village));
    top.appendChild(el('span', 'pct', v.scoreText));
    row.appendChild(top);
    var bar = el('div', 'bar');
    bar.setAttribute('role', 'img');
    bar.setAttribute('aria-label', v.village + ': ' + v.scoreText + ' kế hoạch đến nay');
    var fill = el('div', 'fill ' + v.level);
    fill.style.width = Math.round(v.score * 1000) / 10 + '%';
    bar.appendChild(fill);
    row.appendChild(bar);
    row.appendChild(el('div', 'note', v.detail));
    bars.appendChild(row);
  }
  byId('content').hidden = false;
  tick();
}
function server() {
  return typeof google !== 'undefined' && google.script && google.script.run ? google.script.run : null;
}
// keep: the message to leave on screen once loaded (an action's summary), else the loading line is cleared.
function load(keep) {
  var run = server();
  if (!run) return say('Trang này chỉ chạy trong Google Sheets: mở bằng menu NTM → Bảng điều khiển.', 'error');
  if (typeof keep !== 'string') keep = '';
  if (!keep) say('Đang tải số liệu…', 'info');
  busy(true);
  run
    .withSuccessHandler(function (d) { busy(false); show(d); say(keep, 'info'); })
    .withFailureHandler(function (err) {
      busy(false);
      say('Không tải được số liệu: ' + errorText(err) + ' Sửa theo hướng dẫn rồi bấm Làm mới.', 'error');
    })[SERVER.data]();
}
function act(name) {
  var a = ACTIONS[name];
  var run = server();
  if (!run) return say('Trang này chỉ chạy trong Google Sheets: mở bằng menu NTM → Bảng điều khiển.', 'error');
  say(a.busy, 'info');
  busy(true);
  run
    .withSuccessHandler(function (outcome) {
      busy(false);
      var ok = !outcome || outcome.ok !== false;
      var summary = outcome && outcome.summary ? String(outcome.summary) : '';
      say(summary, ok ? 'info' : 'error');
      if (ok && a.reload) load(summary);
    })
    .withFailureHandler(function (err) { busy(false); say(a.failed + ': ' + errorText(err), 'error'); })[SERVER[name]]();
}
byId('refresh').onclick = function () { load(''); };
byId('rollup').onclick = function () { act('rollup'); };
byId('preview').onclick = function () { act('preview'); };
byId('report').onclick = function () { act('report'); };
setInterval(tick, 30000);
window.ntmDashboard = { countdownText: countdownText, durationText: durationText };
load('');
`;
