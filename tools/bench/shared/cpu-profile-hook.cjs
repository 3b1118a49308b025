// Profiles a process from its start and writes a .cpuprofile (Chrome DevTools, speedscope) when it
// is stopped. Node refuses --cpu-prof in NODE_OPTIONS, so a bench passes this instead:
//
//   --service-env "trading:NODE_OPTIONS=--require ./tools/bench/shared/cpu-profile-hook.cjs"
//   --service-env "trading:CPU_PROFILE_DIR=/tmp/profiles"
//
// On a machine the bench keeps busy, samples count wall time: time spent waiting for the CPU
// inside a system call (a socket write) shows as that call. Trust per-process CPU for totals.
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.CPU_PROFILE_DIR || '.';
const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 1000 });
session.post('Profiler.start');

let written = false;
function write() {
  if (written) return;
  written = true;
  session.post('Profiler.stop', (error, result) => {
    if (!error) fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}
for (const signal of ['SIGTERM', 'SIGINT']) process.prependListener(signal, write);
process.on('exit', write);
