package org.migplan.cli.server;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.migplan.cli.CommandContext;
import org.migplan.cli.Commands;
import org.migplan.cli.ExitCodes;
import org.migplan.cli.Migplan;

/**
 * A resident JVM that runs {@code migplan map --no-db} for the {@code migplan} wrapper, so that a
 * scan does not pay for starting and warming a JVM each time. Every request scans the tree afresh:
 * nothing is cached between requests, so there is no staleness to manage. It serves only
 * source-only maps (no database, so it never holds credentials), one request at a time, for its
 * owner alone (the socket lies in a private directory), and exits when it has been idle for its
 * idle time, when asked to stop, or when its jar has been rebuilt since it started (that request is
 * refused, and the client runs the command itself).
 */
public final class ScanServer {
  /** The environment variables that decide the JVM's output charset: a client must match them. */
  static final List<String> LOCALE_VARIABLES = List.of("LC_ALL", "LC_CTYPE", "LANG");

  /** How long a client that has connected may take to send its request. */
  static final Duration REQUEST_DEADLINE = Duration.ofSeconds(10);

  /** How long a client may take to read the answer once the command has run. */
  static final Duration ANSWER_DEADLINE = Duration.ofSeconds(60);

  private final ServerDirectory directory;
  private final Duration idle;
  private final Duration requestDeadline;
  private final Duration answerDeadline;
  private final Optional<Path> jar;
  private final String jarStamp;
  private final List<String> locale;
  private final Instant started = Instant.now();
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "request-deadline");
            thread.setDaemon(true);
            return thread;
          });
  private List<String> warmUp = List.of();
  private int warmUpsLeft;
  private long warmUpNanos;
  private int served;
  private boolean stopping;

  /**
   * @param jar the jar this JVM runs from, when it runs from one: requests must name it, and it
   *     must not change while the server runs
   * @param environment the server's environment, whose locale clients must share
   */
  public ScanServer(
      ServerDirectory directory, Duration idle, Optional<Path> jar, Map<String, String> environment)
      throws IOException {
    this(directory, idle, REQUEST_DEADLINE, ANSWER_DEADLINE, jar, environment);
  }

  ScanServer(
      ServerDirectory directory,
      Duration idle,
      Duration requestDeadline,
      Duration answerDeadline,
      Optional<Path> jar,
      Map<String, String> environment)
      throws IOException {
    this.directory = directory;
    this.idle = idle;
    this.requestDeadline = requestDeadline;
    this.answerDeadline = answerDeadline;
    this.jar = jar.map(ScanServer::real);
    this.jarStamp = stamp(this.jar);
    this.locale = localeOf(environment);
  }

  /**
   * {@code ScanServer DIRECTORY IDLE_MINUTES JAR|- [WARM_UP_PROJECT WARM_UP_MODEL RUNS]}: what
   * {@code migplan server --start} runs.
   */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    try {
      ServerDirectory directory = new ServerDirectory(Path.of(args[0])).makePrivate();
      Duration idle = Duration.ofMinutes(Long.parseLong(args[1]));
      Optional<Path> jar = Optional.of(args[2]).filter(j -> !j.equals("-")).map(Path::of);
      ScanServer server = new ScanServer(directory, idle, jar, System.getenv());
      if (args.length > 5) {
        server.warmUp(Path.of(args[3]), args[4], Integer.parseInt(args[5]));
      }
      server.serve();
      System.exit(ExitCodes.OK);
    } catch (Exception e) {
      System.err.println("migplan scan server: " + e.getMessage());
      System.exit(ExitCodes.ENVIRONMENT);
    }
  }

  /**
   * Maps {@code model} in {@code project} up to {@code runs} times while no request waits, so that
   * the JIT has compiled the scanner before the first real request comes (a fresh server's first
   * map is otherwise slower than a one-shot run's). A request that arrives goes first: warming up
   * never delays one by more than one map of the (small) warm-up project.
   */
  public void warmUp(Path project, String model, int runs) {
    this.warmUp =
        List.of(
            "map",
            "--no-db",
            "--project",
            project.toString(),
            "--model",
            model,
            "--format",
            "json");
    this.warmUpsLeft = runs;
  }

  /**
   * Listens until idle, stopped or stale. Another server holding the directory's lock is an
   * IOException; a socket file left by a server that died is replaced.
   */
  public void serve() throws IOException {
    try (FileChannel lockFile =
            FileChannel.open(
                directory.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(lockFile)) {
      if (lock == null) {
        throw new IOException("another scan server is running in " + directory.path());
      }
      Files.deleteIfExists(directory.socket());
      try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
          Selector selector = Selector.open()) {
        server.bind(UnixDomainSocketAddress.of(directory.socket()));
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        System.err.println(
            "migplan scan server: listening on "
                + directory.socket()
                + ", pid "
                + ProcessHandle.current().pid());
        long lastRequest = System.nanoTime();
        while (!stopping) {
          long waited = System.nanoTime() - lastRequest;
          long left = idle.toNanos() - waited;
          if (left <= 0) {
            System.err.println(
                "migplan scan server: idle for " + idle.toMinutes() + " min, exiting");
            break;
          }
          if (warmUpsLeft > 0 && selector.selectNow() == 0) {
            warmUpOnce();
            continue;
          }
          selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
          selector.selectedKeys().clear();
          SocketChannel client = server.accept();
          if (client != null) {
            client.configureBlocking(true);
            handle(client);
            // the answer is out: give the scan's memory back while the server waits (the
            // collector shrinks the heap after a full collection, see ServerCommand's options)
            System.gc();
            lastRequest = System.nanoTime();
          }
        }
      } finally {
        Files.deleteIfExists(directory.socket());
        watchdog.shutdownNow();
      }
    }
  }

  /** The lock, or null when another server (another process, or this one) holds it. */
  private static FileLock tryLock(FileChannel file) throws IOException {
    try {
      return file.tryLock();
    } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  private void handle(SocketChannel client) {
    try (client;
        InputStream in = Channels.newInputStream(client);
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(client))) {
      List<String> request;
      // a client that connects and then sends nothing must not hold the server
      ScheduledFuture<?> deadline = closeAfter(client, requestDeadline);
      try {
        request = ServerProtocol.readRequest(in);
      } finally {
        deadline.cancel(false);
      }
      switch (request.get(0)) {
        case ServerProtocol.RUN -> run(request.subList(1, request.size()), out, client);
        case ServerProtocol.STATUS -> {
          ServerProtocol.writeFrame(out, ServerProtocol.ACCEPTED, new byte[0]);
          ServerProtocol.writeFrame(out, ServerProtocol.OUT, status());
          ServerProtocol.writeExit(out, ExitCodes.OK);
        }
        case ServerProtocol.STOP -> {
          stopping = true;
          ServerProtocol.writeFrame(out, ServerProtocol.ACCEPTED, new byte[0]);
          ServerProtocol.writeExit(out, ExitCodes.OK);
        }
        default ->
            ServerProtocol.writeFrame(
                out, ServerProtocol.REFUSED, "unknown request '" + request.get(0) + "'");
      }
    } catch (IOException e) {
      System.err.println("migplan scan server: a request failed: " + e.getMessage());
    }
  }

  private void warmUpOnce() {
    long started = System.nanoTime();
    warmUpsLeft--;
    Captured run = Captured.run(warmUp, Path.of("/"), StandardCharsets.UTF_8);
    if (run.code() != ExitCodes.OK) {
      System.err.println(
          "migplan scan server: the warm-up map failed, no more warming up: "
              + new String(run.err(), StandardCharsets.UTF_8).strip());
      warmUpsLeft = 0;
    }
    warmUpNanos += System.nanoTime() - started;
    if (warmUpsLeft == 0) {
      System.err.println(
          "migplan scan server: warmed up in " + warmUpNanos / 1_000_000 + " ms of mapping");
    }
  }

  /** {@code run JAR CWD LC_ALL LC_CTYPE LANG ARGS...}. */
  private void run(List<String> request, OutputStream out, SocketChannel client)
      throws IOException {
    int fixed = 2 + LOCALE_VARIABLES.size();
    if (request.size() <= fixed) {
      ServerProtocol.writeFrame(out, ServerProtocol.REFUSED, "a run request without a command");
      return;
    }
    Optional<String> refusal =
        refusal(
            request.get(0),
            request.get(1),
            request.subList(2, fixed),
            request.subList(fixed, request.size()));
    if (refusal.isPresent()) {
      ServerProtocol.writeFrame(out, ServerProtocol.REFUSED, refusal.get());
      return;
    }
    ServerProtocol.writeFrame(out, ServerProtocol.ACCEPTED, new byte[0]);
    Captured run =
        Captured.run(
            request.subList(fixed, request.size()), Path.of(request.get(1)), outputCharset());
    stopping |= run.failedWithError();
    served++;
    // a client that stops reading (suspended with Ctrl-Z, say) must not hold the server either
    ScheduledFuture<?> deadline = closeAfter(client, answerDeadline);
    try {
      if (run.out().length > 0) {
        ServerProtocol.writeFrame(out, ServerProtocol.OUT, run.out());
      }
      if (run.err().length > 0) {
        ServerProtocol.writeFrame(out, ServerProtocol.ERR, run.err());
      }
      ServerProtocol.writeExit(out, run.code());
    } finally {
      deadline.cancel(false);
    }
  }

  /** One command run in this JVM, with its output captured in {@code charset}. */
  private record Captured(int code, byte[] out, byte[] err, boolean failedWithError) {
    static Captured run(List<String> args, Path workingDirectory, Charset charset) {
      ByteArrayOutputStream stdout = new ByteArrayOutputStream();
      ByteArrayOutputStream stderr = new ByteArrayOutputStream();
      int code;
      boolean error = false;
      try (PrintStream o = new PrintStream(stdout, true, charset);
          PrintStream e = new PrintStream(stderr, true, charset)) {
        try {
          code =
              new Migplan(Commands.all())
                  .run(
                      args.toArray(String[]::new),
                      new CommandContext(o, e, Map.of(), workingDirectory));
        } catch (RuntimeException | Error failure) {
          // Migplan.run turns a command's exceptions into exit codes; this is the server's own net
          e.println("migplan: unexpected error in the scan server: " + failure);
          code = ExitCodes.ENVIRONMENT;
          error = failure instanceof Error; // the JVM may be in no state to go on
        }
      }
      return new Captured(code, stdout.toByteArray(), stderr.toByteArray(), error);
    }
  }

  /** Why a run request is not for this server, if it is not. */
  Optional<String> refusal(
      String clientJar, String workingDirectory, List<String> clientLocale, List<String> args)
      throws IOException {
    if (jar.isPresent()) {
      if (!jar.get().equals(real(Path.of(clientJar)))) {
        return Optional.of("the server runs " + jar.get() + ", not " + clientJar);
      }
      if (!jarStamp.equals(stamp(jar))) {
        stopping = true;
        return Optional.of("the jar changed since the server started; the server exits");
      }
    }
    if (!clientLocale.equals(locale)) {
      return Optional.of("the client's locale differs from the server's");
    }
    if (!Path.of(workingDirectory).isAbsolute()) {
      return Optional.of("the working directory must be absolute");
    }
    return ServedCommands.refusal(args);
  }

  private String status() {
    return "pid "
        + ProcessHandle.current().pid()
        + "\nsocket "
        + directory.socket()
        + "\njar "
        + jar.map(Path::toString).orElse("(classpath)")
        + "\njar-stamp "
        + jarStamp
        + "\nstarted "
        + started
        + "\nserved "
        + served
        + "\nidle-minutes "
        + idle.toMinutes()
        + "\nwarm-ups-left "
        + warmUpsLeft
        + "\n";
  }

  static List<String> localeOf(Map<String, String> environment) {
    return LOCALE_VARIABLES.stream().map(v -> environment.getOrDefault(v, "")).toList();
  }

  /** The charset System.out writes in, which a one-shot run would have printed with. */
  private static Charset outputCharset() {
    for (String property : Arrays.asList("stdout.encoding", "sun.stdout.encoding")) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return Charset.defaultCharset();
  }

  /** The size and modification time of the jar, which a rebuild changes. */
  public static String stamp(Optional<Path> jar) throws IOException {
    if (jar.isEmpty()) {
      return "";
    }
    return Files.size(jar.get()) + " " + Files.getLastModifiedTime(jar.get()).toMillis();
  }

  private static Path real(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  /** Closes the client's connection after {@code delay} unless the returned future is cancelled. */
  private ScheduledFuture<?> closeAfter(SocketChannel client, Duration delay) {
    return watchdog.schedule(() -> closeQuietly(client), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing only unblocks the read; nothing is left to release
    }
  }
}
