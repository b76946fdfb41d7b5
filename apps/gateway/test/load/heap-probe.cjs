// Preloaded into the gateway under test (node --expose-gc --require …). Answers the parent's 'heap' message
// with the heap used after full collections, so the soak measures the gateway process alone, not its
// clients; and 'requests' with how many requests its HTTP server has received (headers read), so a test can
// wait until requests are really accepted rather than merely sent.
const http = require('node:http');

let requests = 0;
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, ...args) {
  if (event === 'request') requests++;
  return emit.call(this, event, ...args);
};
process.on('message', (msg) => {
  if (msg === 'heap') {
    for (let i = 0; i < 3; i++) global.gc();
    process.send({ heapUsed: process.memoryUsage().heapUsed });
  } else if (msg === 'requests') process.send({ requests });
});
// An IPC channel keeps a process alive; the gateway must still exit on SIGTERM as it does without the probe.
process.channel?.unref();
