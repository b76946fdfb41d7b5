// Preloaded into the gateway under test (node --expose-gc --require …): answers the parent's 'heap' message
// with the heap used after full collections, so the soak measures the gateway process alone, not its clients.
process.on('message', (msg) => {
  if (msg !== 'heap') return;
  for (let i = 0; i < 3; i++) global.gc();
  process.send({ heapUsed: process.memoryUsage().heapUsed });
});
// An IPC channel keeps a process alive; the gateway must still exit on SIGTERM as it does without the probe.
process.channel?.unref();
