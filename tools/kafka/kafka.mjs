#!/usr/bin/env node
// Local Apache Kafka (KRaft, single node) without Docker.
//
// Jars come from Maven Central via tools/kafka/pom.xml and are cached under
// <repo>/.cache/kafka/<version>/libs. The broker runs as a plain `java` child process.
//
// Library:
//   import { startKafka } from './tools/kafka/kafka.mjs'
//   const kafka = await startKafka({ port: 9092 })   // { brokers, pid, dataDir, stop, exited }
//   ...
//   await kafka.stop()
//
// CLI:
//   node tools/kafka/kafka.mjs fetch
//   node tools/kafka/kafka.mjs start [--port 9092] [--controller-port 9093] [--data-dir DIR] [--fresh] [--verbose]
//   node tools/kafka/kafka.mjs stop  [--port 9092] [--data-dir DIR]
//
// Only node: builtins are used, on purpose (no npm install needed).

import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '..', '..');
const POM = path.join(HERE, 'pom.xml');
const SERVER_TEMPLATE = path.join(HERE, 'server.properties.template');
const LOG4J_TEMPLATE = path.join(HERE, 'log4j.properties.template');
const CACHE_ROOT = path.join(REPO_ROOT, '.cache', 'kafka');
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';
const MARKER = '.fetch-complete.json';
const IS_WINDOWS = process.platform === 'win32';
const READY_LINE = 'Kafka Server started';
const STOP_TIMEOUT_MS = 20_000;
const MIN_JAVA = 11; // Kafka 3.9 brokers run on Java 11+; 17 is what we use and recommend.

/** Kafka version, read from pom.xml so the pom stays the single source of truth. */
export const KAFKA_VERSION = readKafkaVersion();

function readKafkaVersion() {
  const pom = fs.readFileSync(POM, 'utf8');
  const m = pom.match(/<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/);
  if (!m) throw new Error(`Could not find <kafka.version> in ${POM}`);
  return m[1];
}

// ---------------------------------------------------------------------------
// Small process helpers
// ---------------------------------------------------------------------------

/** Runs a command to completion, capturing output. Never throws: returns { code, stdout, stderr, error }. */
function run(cmd, args, { cwd = REPO_ROOT, env = process.env } = {}) {
  return new Promise((resolve) => {
    let child;
    try {
      // .cmd/.bat files (mvn.cmd) need a shell on Windows.
      child = spawn(cmd, args, { cwd, env, shell: IS_WINDOWS, windowsHide: true });
    } catch (error) {
      resolve({ code: null, stdout: '', stderr: '', error });
      return;
    }
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (error) => resolve({ code: null, stdout, stderr, error }));
    child.on('close', (code) => resolve({ code, stdout, stderr, error: null }));
  });
}

function tailLines(text, n) {
  const lines = String(text).replace(/\s+$/, '').split(/\r?\n/);
  return lines.slice(-n).join('\n');
}

const JAVA_INSTALL_HINT =
  'Install a JDK/JRE 17, e.g. `sudo apt-get install openjdk-17-jre-headless` (Debian/Ubuntu), ' +
  '`brew install openjdk@17` (macOS) or https://adoptium.net, and make sure `java` is on PATH.';
const MAVEN_INSTALL_HINT =
  'Install Maven 3.6+, e.g. `sudo apt-get install maven` (Debian/Ubuntu), `brew install maven` (macOS) ' +
  'or https://maven.apache.org/download.cgi, and make sure `mvn` is on PATH.';

async function checkJava() {
  const r = await run('java', ['-version']);
  if (r.error || r.code !== 0) {
    const why = r.error?.code === 'ENOENT' ? '`java` was not found on PATH' : `\`java -version\` failed (${r.error?.message ?? `exit code ${r.code}`})`;
    throw new Error(`Java 17+ is required to run the Kafka broker: ${why}. ${JAVA_INSTALL_HINT}`);
  }
  const out = r.stderr + r.stdout;
  const m = out.match(/version "(\d+)(?:\.(\d+))?/);
  if (m) {
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]); // "1.8.0_x" -> 8
    if (major < MIN_JAVA) {
      throw new Error(
        `Java 17+ is required to run the Kafka broker, but \`java -version\` reports Java ${major}. ${JAVA_INSTALL_HINT}`,
      );
    }
  }
}

async function checkMaven() {
  const r = await run(IS_WINDOWS ? 'mvn.cmd' : 'mvn', ['-v']);
  if (r.error || r.code !== 0) {
    const why = r.error?.code === 'ENOENT' || /not recognized|not found/i.test(r.stderr)
      ? '`mvn` was not found on PATH'
      : `\`mvn -v\` failed (exit code ${r.code}): ${tailLines(r.stderr || r.stdout, 5)}`;
    throw new Error(`Maven is required to download the Kafka broker jars (first run only): ${why}. ${MAVEN_INSTALL_HINT}`);
  }
}

// ---------------------------------------------------------------------------
// fetchKafkaJars
// ---------------------------------------------------------------------------

function pomHash() {
  return createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
}

function libsAreComplete(libsDir, hash) {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(libsDir, MARKER), 'utf8'));
    return marker.pomSha256 === hash && fs.existsSync(path.join(libsDir, `kafka_2.13-${KAFKA_VERSION}.jar`));
  } catch {
    return false;
  }
}

/**
 * Makes sure the Kafka broker jars are in <repo>/.cache/kafka/<version>/libs and returns that dir.
 * Downloads them with Maven on first use (or when pom.xml changed).
 */
export async function fetchKafkaJars({ log = console.log } = {}) {
  const versionDir = path.join(CACHE_ROOT, KAFKA_VERSION);
  const libsDir = path.join(versionDir, 'libs');
  const hash = pomHash();
  if (libsAreComplete(libsDir, hash)) return libsDir;

  await checkJava();
  await checkMaven();

  log(`Downloading Apache Kafka ${KAFKA_VERSION} jars with Maven into ${path.relative(REPO_ROOT, libsDir)} (first run only)...`);
  await fsp.mkdir(versionDir, { recursive: true });
  // Download into a private temp dir, then rename: an interrupted or concurrent fetch never
  // leaves a half-filled libs dir that looks complete.
  const tmpDir = path.join(versionDir, `libs.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
  try {
    const started = Date.now();
    const r = await run(IS_WINDOWS ? 'mvn.cmd' : 'mvn', [
      '-q', '-B', '-Dstyle.color=never',
      '-f', POM,
      DEPENDENCY_PLUGIN,
      '-DincludeScope=runtime',
      `-DoutputDirectory=${tmpDir}`,
    ]);
    if (r.error || r.code !== 0) {
      throw new Error(
        `Maven failed to download the Kafka jars (exit code ${r.code ?? r.error?.message}). ` +
          `Is Maven Central (https://repo.maven.apache.org) reachable, or a mirror configured in ~/.m2/settings.xml?\n` +
          tailLines(`${r.stdout}\n${r.stderr}`, 40),
      );
    }
    const jars = (await fsp.readdir(tmpDir).catch(() => [])).filter((f) => f.endsWith('.jar')).sort();
    if (!jars.includes(`kafka_2.13-${KAFKA_VERSION}.jar`)) {
      throw new Error(`Maven finished but kafka_2.13-${KAFKA_VERSION}.jar is missing from ${tmpDir}`);
    }
    await fsp.writeFile(
      path.join(tmpDir, MARKER),
      JSON.stringify({ kafkaVersion: KAFKA_VERSION, pomSha256: hash, fetchedAt: new Date().toISOString(), jars }, null, 2) + '\n',
    );
    if (libsAreComplete(libsDir, hash)) return libsDir; // someone else finished first
    await fsp.rm(libsDir, { recursive: true, force: true });
    try {
      await fsp.rename(tmpDir, libsDir);
    } catch (err) {
      if (!libsAreComplete(libsDir, hash)) throw err;
    }
    log(`Fetched ${jars.length} jars in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return libsDir;
  } finally {
    await fsp.rm(tmpDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------

function parseBroker(brokers) {
  const first = String(brokers).split(',')[0].trim().replace(/^[a-z]+:\/\//i, '');
  const m = first.match(/^\[?([^\]]+?)\]?:(\d+)$/);
  if (!m) throw new Error(`Invalid broker address "${first}" (expected host:port)`);
  return { host: m[1], port: Number(m[2]) };
}

/** TCP connect test to the first broker in a comma-separated list ("127.0.0.1:9092"). */
export async function isKafkaReachable(brokers, timeoutMs = 1000) {
  let host, port;
  try {
    ({ host, port } = parseBroker(brokers));
  } catch {
    return false;
  }
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** true if we can bind host:port ourselves (i.e. nothing listens there). */
function canListen(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host, exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

async function assertPortFree(port, what, dataDir) {
  const inUse = (await isKafkaReachable(`127.0.0.1:${port}`, 500)) || !(await canListen(port));
  if (!inUse) return;
  const pid = readPid(dataDir);
  const ours = pid && isKafkaProcess(pid);
  const hint = ours
    ? ` It looks like a Kafka broker started by this tool is still running (pid ${pid}); stop it with ` +
      `\`node tools/kafka/kafka.mjs stop --port ${what === 'client' ? port : '<port>'}\`.`
    : ` Stop whatever is using it (e.g. \`ss -ltnp 'sport = :${port}'\` or \`lsof -i :${port}\` shows it) or pick another port.`;
  throw new Error(`Cannot start Kafka: ${what} port 127.0.0.1:${port} is already in use.${hint}`);
}

// ---------------------------------------------------------------------------
// Data dir, config files, pid file
// ---------------------------------------------------------------------------

function defaultDataDir(port) {
  return path.join(CACHE_ROOT, `data-${port}`);
}

function pidFile(dataDir) {
  return path.join(dataDir, 'kafka.pid');
}

function readPid(dataDir) {
  try {
    const pid = Number(fs.readFileSync(pidFile(dataDir), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** Alive and (where /proc exists) really a Kafka JVM, so a recycled pid is never killed. */
function isKafkaProcess(pid) {
  if (!isAlive(pid)) return false;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('kafka.Kafka');
  } catch {
    return !fs.existsSync('/proc/self'); // no procfs (macOS/Windows): trust the pid file
  }
}

/** Value for a .properties file: forward slashes (Java accepts them everywhere), no escapes needed. */
function propPath(p) {
  return p.replace(/\\/g, '/');
}

function fillTemplate(file, values) {
  const text = fs.readFileSync(file, 'utf8').replace(/\{(\w+)\}/g, (whole, key, offset, all) => {
    const lineStart = all.lastIndexOf('\n', offset) + 1;
    if (all.slice(lineStart).trimStart().startsWith('#')) return whole; // leave comments alone
    if (!(key in values)) throw new Error(`Unknown placeholder ${whole} in ${file}`);
    return String(values[key]);
  });
  return text;
}

/** Kafka's Uuid format: 16 random bytes, base64url without padding (22 chars), never starting with '-'. */
function randomClusterId() {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-') && id !== 'AAAAAAAAAAAAAAAAAAAAAA' && id !== 'AAAAAAAAAAAAAAAAAAAAAQ') return id;
  }
}

function readClusterId(dataDir, logDirs) {
  // An already formatted log dir wins: its meta.properties is what the broker will check.
  try {
    const meta = fs.readFileSync(path.join(logDirs, 'meta.properties'), 'utf8');
    const m = meta.match(/^cluster\.id=(.+)$/m);
    if (m) return m[1].trim();
  } catch {}
  try {
    const id = fs.readFileSync(path.join(dataDir, 'cluster.id'), 'utf8').trim();
    if (/^[A-Za-z0-9_-]{22}$/.test(id)) return id;
  } catch {}
  return null;
}

function javaBaseArgs(libsDir, log4jFile) {
  return [
    '-cp', path.join(libsDir, '*'), // java expands the wildcard itself (no shell involved)
    `-Dlog4j.configuration=${pathToFileURL(log4jFile).href}`,
    '-Djava.awt.headless=true',
  ];
}

// ---------------------------------------------------------------------------
// startKafka
// ---------------------------------------------------------------------------

/**
 * Starts a single-node KRaft Kafka broker as a child process and waits until it is ready.
 *
 * @param {object}   [opts]
 * @param {number}   [opts.port=9092]            client (PLAINTEXT) port on 127.0.0.1
 * @param {number}   [opts.controllerPort=9093]  KRaft controller port on 127.0.0.1
 * @param {string}   [opts.dataDir]              default <repo>/.cache/kafka/data-<port>; kept between runs
 * @param {boolean}  [opts.fresh=false]          wipe dataDir first (all topics and offsets are lost)
 * @param {Function} [opts.log=console.log]      progress messages
 * @param {number}   [opts.readyTimeoutMs=90000] how long to wait for the broker (after the jars are there)
 * @param {boolean}  [opts.verbose=false]        also pass every broker log line to `log`
 * @param {string[]} [opts.jvmArgs=[]]           extra JVM arguments
 * @param {AbortSignal} [opts.signal]            abort the startup (kills the broker, rejects)
 * @returns {Promise<{ brokers: string, pid: number, dataDir: string, stop: () => Promise<void>, exited: Promise<{code: number|null, signal: string|null}> }>}
 */
export async function startKafka({
  port = 9092,
  controllerPort = 9093,
  dataDir,
  fresh = false,
  log = console.log,
  readyTimeoutMs = 90_000,
  verbose = false,
  jvmArgs = [],
  signal,
} = {}) {
  port = Number(port);
  controllerPort = Number(controllerPort);
  if (port === controllerPort) throw new Error(`port and controllerPort must differ (both are ${port})`);
  dataDir = path.resolve(dataDir ?? defaultDataDir(port));
  const brokers = `127.0.0.1:${port}`;

  await assertPortFree(port, 'client', dataDir);
  await assertPortFree(controllerPort, 'controller', dataDir);
  await checkJava();
  const libsDir = await fetchKafkaJars({ log });
  signal?.throwIfAborted();

  if (fresh) {
    log(`Wiping Kafka data dir ${dataDir}`);
    await fsp.rm(dataDir, { recursive: true, force: true });
  }
  const logDirs = path.join(dataDir, 'kraft-logs');
  const logsDir = path.join(dataDir, 'logs');
  const logFile = path.join(logsDir, 'server.log');
  const propsFile = path.join(dataDir, 'server.properties');
  const log4jFile = path.join(dataDir, 'log4j.properties');
  await fsp.mkdir(logDirs, { recursive: true });
  await fsp.mkdir(logsDir, { recursive: true });

  await fsp.writeFile(propsFile, fillTemplate(SERVER_TEMPLATE, { port, controllerPort, logDirs: propPath(logDirs) }));
  await fsp.writeFile(log4jFile, fillTemplate(LOG4J_TEMPLATE, { logFile: propPath(logFile) }));

  // Format KRaft storage once (skipped when meta.properties exists: saves a JVM start).
  let clusterId = readClusterId(dataDir, logDirs);
  if (!clusterId) {
    clusterId = randomClusterId();
    await fsp.writeFile(path.join(dataDir, 'cluster.id'), clusterId + '\n');
  }
  if (!fs.existsSync(path.join(logDirs, 'meta.properties'))) {
    log(`Formatting KRaft storage in ${logDirs} (cluster id ${clusterId})`);
    const r = await run('java', [
      ...javaBaseArgs(libsDir, log4jFile),
      'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', propsFile, '--ignore-formatted',
    ]);
    if (r.error || r.code !== 0) {
      throw new Error(`Formatting Kafka storage failed (exit code ${r.code ?? r.error?.message}):\n${tailLines(`${r.stdout}\n${r.stderr}`, 40)}`);
    }
  }
  signal?.throwIfAborted();

  // The log file is appended to across runs: error reports only show what this run wrote.
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;

  // On Linux, `setpriv --pdeathsig TERM` (util-linux) makes the kernel send SIGTERM to the broker
  // if we die without running any handler (e.g. SIGKILL, OOM killer). It execs java, same pid.
  const deathSig = (await supportsPdeathsig()) ? ['setpriv', '--pdeathsig', 'TERM', '--'] : [];
  const child = spawn(
    deathSig[0] ?? 'java',
    [
      ...deathSig.slice(1),
      ...(deathSig.length ? ['java'] : []),
      '-Xms256m', '-Xmx768m',
      // A broker sharing two cores with everything else: the serial collector and the quick
      // C1 compiler only. Measured with one-message produce requests (warm): about 0.3 ms of
      // broker CPU a request, against 0.5–0.9 ms with G1 and 0.8–1.7 ms with G1 and C2.
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      ...jvmArgs,
      ...javaBaseArgs(libsDir, log4jFile),
      'kafka.Kafka', propsFile,
    ],
    // Its own process group: a terminal's Ctrl-C must not reach the broker at the same moment
    // as the services, which still need it to leave their consumer groups cleanly (otherwise
    // the next start waits out their sessions). Whoever started it stops it afterwards, and
    // pdeathsig covers the case where that process dies without doing so.
    { cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: !IS_WINDOWS },
  );

  // --- output handling: keep the last lines, detect readiness, optionally echo ---
  const recent = [];
  const remember = (line) => {
    recent.push(line);
    if (recent.length > 60) recent.shift();
  };
  let sawReadyLine = false;
  let onReadyLine = () => {};
  const lineReader = (stream, isErr) => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i).replace(/\r$/, '');
        buf = buf.slice(i + 1);
        remember(isErr ? `[stderr] ${line}` : line);
        if (verbose) log(`[kafka] ${line}`);
        if (!sawReadyLine && line.includes(READY_LINE)) {
          sawReadyLine = true;
          onReadyLine();
        }
      }
    });
  };
  lineReader(child.stdout, false);
  lineReader(child.stderr, true);

  // --- exit tracking ---
  let exitInfo = null;
  const outputClosed = new Promise((resolve) => child.once('close', resolve));
  let resolveExited;
  const exited = new Promise((resolve) => (resolveExited = resolve));
  child.once('exit', (code, sig) => {
    exitInfo = { code, signal: sig };
    cleanup();
    resolveExited(exitInfo);
  });
  const spawnError = new Promise((_, reject) =>
    child.once('error', (err) => {
      if (!child.pid && !exitInfo) {
        // Never started, so there will be no 'exit' event.
        exitInfo = { code: null, signal: null };
        resolveExited(exitInfo);
      }
      cleanup();
      reject(new Error(`Could not start java for Kafka: ${err.message}. ${JAVA_INSTALL_HINT}`));
    }),
  );
  spawnError.catch(() => {});

  // --- make sure the broker never outlives us ---
  const onProcessExit = () => {
    if (!exitInfo) try { child.kill('SIGTERM'); } catch {}
  };
  const signals = IS_WINDOWS ? ['SIGINT'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const onSignal = (sig) => {
    // Only act when nobody else handles this signal: then emulate Node's default
    // (die from the signal) but stop the broker first. Otherwise the host decides,
    // and the 'exit' hook still stops the broker when it exits.
    if (process.listenerCount(sig) > 1) return;
    onProcessExit();
    cleanup();
    process.kill(process.pid, sig);
  };
  process.on('exit', onProcessExit);
  for (const s of signals) process.on(s, onSignal);
  function cleanup() {
    process.removeListener('exit', onProcessExit);
    for (const s of signals) process.removeListener(s, onSignal);
    signal?.removeEventListener('abort', onAbort);
    try {
      if (readPid(dataDir) === child.pid) fs.unlinkSync(pidFile(dataDir));
    } catch {}
  }

  let stopPromise = null;
  const stop = () => {
    stopPromise ??= (async () => {
      if (exitInfo || child.exitCode !== null || child.signalCode !== null) return;
      try { child.kill('SIGTERM'); } catch {}
      let timerId;
      const timer = new Promise((r) => (timerId = setTimeout(r, STOP_TIMEOUT_MS, 'timeout')));
      const winner = await Promise.race([exited, timer]);
      clearTimeout(timerId);
      if (winner === 'timeout') {
        log(`Kafka (pid ${child.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s, killing it`);
        try { child.kill('SIGKILL'); } catch {}
        await exited;
      }
    })();
    return stopPromise;
  };
  const onAbort = () => void stop();
  signal?.addEventListener('abort', onAbort, { once: true });

  if (child.pid) fs.writeFileSync(pidFile(dataDir), `${child.pid}\n`);

  // --- wait for readiness ---
  const failure = (why) =>
    new Error(`Kafka failed to start on ${brokers}: ${why}.\n${brokerLogTail(logFile, logOffset, recent)}`);
  const started = Date.now();
  try {
    const readyLine = new Promise((resolve) => {
      if (sawReadyLine) resolve();
      else onReadyLine = resolve;
    });
    let timeoutId;
    const timeout = new Promise((_, reject) => {
      timeoutId = setTimeout(() => reject(failure(`not ready after ${readyTimeoutMs / 1000} s`)), readyTimeoutMs);
    });
    const earlyExit = exited.then(async (e) => {
      // 'exit' can come before the last stdout/stderr bytes were read: let the pipes drain first.
      await Promise.race([outputClosed, new Promise((r) => setTimeout(r, 1000))]);
      throw failure(`the broker process exited early (${e.signal ? `signal ${e.signal}` : `exit code ${e.code}`})`);
    });
    const aborted = new Promise((_, reject) => {
      if (signal?.aborted) reject(signal.reason ?? new Error('aborted'));
      signal?.addEventListener('abort', () => reject(signal.reason ?? new Error('aborted')), { once: true });
    });
    let waiting = true;
    const ready = (async () => {
      await readyLine;
      while (waiting && !(await isKafkaReachable(brokers, 1000))) await new Promise((r) => setTimeout(r, 200));
    })();
    // These may settle after the race is decided (e.g. the broker exits later): never unhandled.
    for (const p of [timeout, earlyExit, aborted]) p.catch(() => {});
    try {
      await Promise.race([ready, timeout, earlyExit, spawnError, aborted]);
    } finally {
      waiting = false;
      clearTimeout(timeoutId);
    }
  } catch (err) {
    await stop();
    throw err;
  }

  log(`Kafka ${KAFKA_VERSION} ready on ${brokers} (pid ${child.pid}, started in ${((Date.now() - started) / 1000).toFixed(1)} s, data in ${dataDir})`);
  return { brokers, pid: child.pid, dataDir, stop, exited };
}

let pdeathsigSupport;
function supportsPdeathsig() {
  if (process.platform !== 'linux') return false;
  pdeathsigSupport ??= run('setpriv', ['--help']).then((r) => r.code === 0 && r.stdout.includes('--pdeathsig'));
  return pdeathsigSupport;
}

/** Last ~40 lines this run wrote to the broker log (falls back to captured stdout), plus any stderr. */
function brokerLogTail(logFile, offset, recent) {
  let text = '';
  try {
    const buf = fs.readFileSync(logFile);
    // A rolled-over file is smaller than where we started: then show its end.
    text = tailLines(buf.subarray(buf.length >= offset ? offset : 0).toString('utf8'), 40);
  } catch {}
  const stdout = recent.filter((l) => !l.startsWith('[stderr] '));
  const stderr = recent.filter((l) => l.startsWith('[stderr] ')).map((l) => l.slice(9));
  const parts = [];
  if (text) parts.push(`--- last lines of ${logFile} ---\n${text}`);
  else if (stdout.length) parts.push(`--- last lines of broker stdout ---\n${tailLines(stdout.join('\n'), 40)}`);
  if (stderr.length) parts.push(`--- broker stderr ---\n${tailLines(stderr.join('\n'), 20)}`);
  return parts.join('\n') || `(the broker wrote nothing yet; log file: ${logFile})`;
}

// ---------------------------------------------------------------------------
// stopKafkaByPidFile
// ---------------------------------------------------------------------------

/**
 * Stops a broker started by this tool, using <dataDir>/kafka.pid (SIGTERM, then SIGKILL after 20 s).
 * @returns {Promise<{ stopped: boolean, pid: number|null, message: string }>}
 */
export async function stopKafkaByPidFile({ port = 9092, dataDir, log = () => {} } = {}) {
  dataDir = path.resolve(dataDir ?? defaultDataDir(Number(port)));
  const pid = readPid(dataDir);
  if (!pid) return { stopped: false, pid: null, message: `No Kafka pid file in ${dataDir}: nothing to stop.` };
  if (!isKafkaProcess(pid)) {
    await fsp.rm(pidFile(dataDir), { force: true });
    return { stopped: false, pid, message: `Kafka (pid ${pid}) is not running; removed the stale pid file.` };
  }
  log(`Stopping Kafka (pid ${pid})...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  let how = 'stopped';
  if (isAlive(pid)) {
    try { process.kill(pid, 'SIGKILL'); } catch {}
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 100));
    how = `killed (did not stop within ${STOP_TIMEOUT_MS / 1000} s)`;
  }
  await fsp.rm(pidFile(dataDir), { force: true });
  return { stopped: true, pid, message: `Kafka (pid ${pid}) ${how}.` };
}

// ---------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------

const USAGE = `Usage:
  node tools/kafka/kafka.mjs fetch                 download the Kafka ${KAFKA_VERSION} jars (Maven)
  node tools/kafka/kafka.mjs start [options]       run a broker in the foreground (Ctrl-C stops it)
  node tools/kafka/kafka.mjs stop  [options]       stop a broker started by "start"

Options:
  --port N              client port (default 9092)
  --controller-port N   KRaft controller port (default 9093)
  --data-dir DIR        data dir (default .cache/kafka/data-<port>)
  --fresh               start: wipe the data dir first
  --verbose             start: print the broker's log lines`;

function parseArgs(argv) {
  const opts = {};
  const valueFlags = { '--port': 'port', '--controller-port': 'controllerPort', '--data-dir': 'dataDir' };
  const boolFlags = { '--fresh': 'fresh', '--verbose': 'verbose' };
  for (let i = 0; i < argv.length; i++) {
    let [flag, value] = argv[i].split(/=(.*)/s);
    if (flag in boolFlags) opts[boolFlags[flag]] = true;
    else if (flag in valueFlags) {
      value ??= argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      opts[valueFlags[flag]] = value;
    } else if (flag === '-h' || flag === '--help') opts.help = true;
    else throw new Error(`Unknown option ${argv[i]}\n\n${USAGE}`);
  }
  for (const k of ['port', 'controllerPort']) {
    if (k in opts) {
      const n = Number(opts[k]);
      if (!Number.isInteger(n) || n < 1 || n > 65535) throw new Error(`Invalid ${k}: ${opts[k]}`);
      opts[k] = n;
    }
  }
  return opts;
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (!command || ['help', '-h', '--help'].includes(command)) {
    console.log(USAGE);
    return 0;
  }
  const opts = parseArgs(rest);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'fetch': {
      const dir = await fetchKafkaJars();
      console.log(`Kafka ${KAFKA_VERSION} jars are in ${dir}`);
      return 0;
    }
    case 'start': {
      const ac = new AbortController();
      let kafka = null;
      let stopping = false;
      const onSignal = (sig) => {
        if (stopping) {
          // Second Ctrl-C: do not wait any longer.
          if (kafka) try { process.kill(kafka.pid, 'SIGKILL'); } catch {}
          process.exit(130);
        }
        stopping = true;
        console.log(`\n${sig} received, stopping Kafka...`);
        if (kafka) kafka.stop();
        else ac.abort(new Error(`Interrupted by ${sig} during startup`));
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      process.on('SIGHUP', onSignal);
      try {
        kafka = await startKafka({ ...opts, signal: ac.signal, log: (m) => console.log(m) });
      } catch (err) {
        if (stopping) {
          console.log('Kafka stopped.');
          return 130;
        }
        throw err;
      }
      console.log(`Kafka ready on ${kafka.brokers}`);
      if (stopping) kafka.stop();
      const { code, signal } = await kafka.exited;
      if (stopping) {
        console.log('Kafka stopped.');
        return 0;
      }
      // 143/130 = the JVM shut down cleanly after SIGTERM/SIGINT from someone else (e.g. "kafka.mjs stop").
      if (code === 143 || code === 130 || signal === 'SIGTERM' || signal === 'SIGINT') {
        console.log(`Kafka was stopped from outside (${signal ?? `exit code ${code}`}).`);
        return 0;
      }
      console.error(`Kafka exited unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); see ${path.join(kafka.dataDir, 'logs', 'server.log')}`);
      return 1;
    }
    case 'stop': {
      const r = await stopKafkaByPidFile({ ...opts, log: (m) => console.log(m) });
      console.log(r.message);
      return 0;
    }
    default:
      throw new Error(`Unknown command "${command}"\n\n${USAGE}`);
  }
}

function isMain() {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`Error: ${err.message}`);
      process.exit(1);
    },
  );
}
