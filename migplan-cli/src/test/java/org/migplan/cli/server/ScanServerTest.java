package org.migplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.cli.CliRun;

/** The scan server in this JVM, spoken to over its real socket. */
class ScanServerTest {
  private static final Path EXAMPLE = Path.of("..", "example", "madaris").toAbsolutePath();
  private static final String MODEL = "constituents.BMParliamentMember";
  private static final Map<String, String> ENVIRONMENT = Map.of("LANG", "C.UTF-8");
  private static final List<String> LOCALE = List.of("", "", "C.UTF-8");

  @TempDir Path temp;
  private CompletableFuture<Void> running;

  @AfterEach
  void stopServer() throws Exception {
    if (running != null && !running.isDone()) {
      ServerClient.call(directory().socket(), List.of(ServerProtocol.STOP));
      running.get(10, TimeUnit.SECONDS);
    }
  }

  private ServerDirectory directory() {
    return new ServerDirectory(temp.resolve("server"));
  }

  private void start(Duration idle, Optional<Path> jar) throws Exception {
    start(
        new ScanServer(
            directory().makePrivate(),
            idle,
            Duration.ofMillis(500),
            Duration.ofMillis(500),
            jar,
            ENVIRONMENT));
  }

  private void start(ScanServer server) throws Exception {
    running =
        CompletableFuture.runAsync(
            () -> {
              try {
                server.serve();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (status().isEmpty()) {
      assertThat(running).as("the server has not ended").isNotDone();
      assertThat(System.nanoTime()).as("the server answers within 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private Optional<List<ServerProtocol.Frame>> status() throws IOException {
    return ServerClient.call(directory().socket(), List.of(ServerProtocol.STATUS));
  }

  private List<ServerProtocol.Frame> run(String workingDirectory, String... args)
      throws IOException {
    List<String> request = new ArrayList<>(List.of(ServerProtocol.RUN, "", workingDirectory));
    request.addAll(LOCALE);
    request.addAll(List.of(args));
    return ServerClient.call(directory().socket(), request).orElseThrow();
  }

  private static String text(List<ServerProtocol.Frame> frames, byte type) {
    return frames.stream()
        .filter(f -> f.type() == type)
        .map(ServerProtocol.Frame::text)
        .reduce("", String::concat);
  }

  private static int exitCode(List<ServerProtocol.Frame> frames) {
    assertThat(frames.get(0).type()).as("accepted first").isEqualTo(ServerProtocol.ACCEPTED);
    ServerProtocol.Frame last = frames.get(frames.size() - 1);
    assertThat(last.type()).isEqualTo(ServerProtocol.EXIT);
    return last.exitCode();
  }

  private static String refusal(List<ServerProtocol.Frame> frames) {
    assertThat(frames).hasSize(1);
    assertThat(frames.get(0).type()).isEqualTo(ServerProtocol.REFUSED);
    return frames.get(0).text();
  }

  @Test
  void aMapThroughTheServerPrintsWhatTheCommandPrintsInItsOwnJvm() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    for (String format : List.of("text", "json")) {
      String[] map = {"map", "--no-db", "--project", ".", "--model", MODEL, "--format", format};
      List<ServerProtocol.Frame> served = run(EXAMPLE.toString(), map);
      CliRun.Result direct = CliRun.run(EXAMPLE, Map.of(), map);
      assertThat(exitCode(served)).isEqualTo(direct.exitCode()).isZero();
      assertThat(text(served, ServerProtocol.OUT)).isEqualTo(direct.out()).contains("ForeignKey");
      assertThat(text(served, ServerProtocol.ERR)).isEqualTo(direct.err());
    }
    // relative paths are taken from the client's working directory, errors keep their exit code
    String[] nobody = {"map", "--no-db", "--project", "madaris", "--model", "constituents.Nobody"};
    List<ServerProtocol.Frame> missing = run(EXAMPLE.getParent().toString(), nobody);
    CliRun.Result direct = CliRun.run(EXAMPLE.getParent(), Map.of(), nobody);
    assertThat(exitCode(missing)).isEqualTo(direct.exitCode()).isEqualTo(3);
    assertThat(text(missing, ServerProtocol.ERR))
        .isEqualTo(direct.err())
        .startsWith("migplan: model 'constituents.Nobody' is not declared");
    assertThat(text(status().orElseThrow(), ServerProtocol.OUT)).contains("\nserved 3\n");
  }

  @Test
  void itWarmsUpWhileNoRequestWaitsAndStopsWarmingWhenTheWarmUpFails() throws Exception {
    for (String model : List.of(MODEL, "constituents.Nobody")) {
      ScanServer server =
          new ScanServer(
              directory().makePrivate(), Duration.ofMinutes(1), Optional.empty(), ENVIRONMENT);
      // a failed warm-up ends the warming: a million of them would not end within the deadline
      server.warmUp(EXAMPLE, model, model.equals(MODEL) ? 3 : 1_000_000);
      start(server);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!text(status().orElseThrow(), ServerProtocol.OUT).contains("\nwarm-ups-left 0\n")) {
        assertThat(System.nanoTime()).as("warmed up within 60 s").isLessThan(deadline);
        Thread.sleep(20);
      }
      assertThat(text(status().orElseThrow(), ServerProtocol.OUT))
          .as("warm-ups are not requests")
          .contains("\nserved 0\n");
      assertThat(
              exitCode(
                  run(EXAMPLE.toString(), "map", "--no-db", "--project", ".", "--model", MODEL)))
          .isZero();
      stopServer();
    }
  }

  @Test
  void whatTheServerDoesNotRunIsRefusedAndTheServerGoesOn() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    String cwd = EXAMPLE.toString();
    assertThat(refusal(run(cwd, "audit", "--project", ".", "--model", MODEL)))
        .contains("only 'migplan map --no-db'");
    assertThat(refusal(run(cwd, "map", "--project", ".", "--model", MODEL)))
        .contains("with a database");
    assertThat(refusal(run(cwd, "map", "--no-db", "--debug", "--project", ".", "--model", MODEL)))
        .contains("--debug");
    assertThat(refusal(run("relative/dir", "map", "--no-db", "--project", ".", "--model", MODEL)))
        .contains("absolute");
    List<String> otherLocale =
        List.of(ServerProtocol.RUN, "", cwd, "", "", "de_DE.ISO-8859-1", "map", "--no-db");
    assertThat(refusal(ServerClient.call(directory().socket(), otherLocale).orElseThrow()))
        .contains("locale");
    assertThat(refusal(ServerClient.call(directory().socket(), List.of("shutdown")).orElseThrow()))
        .contains("unknown request 'shutdown'");
    assertThat(refusal(ServerClient.call(directory().socket(), List.of("run")).orElseThrow()))
        .contains("without a command");
    assertThat(exitCode(run(cwd, "map", "--no-db", "--project", ".", "--model", MODEL))).isZero();
    assertThat(text(status().orElseThrow(), ServerProtocol.OUT)).contains("\nserved 1\n");
  }

  @Test
  void garbageAndSilentClientsAreDroppedWithoutHoldingTheServer() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    try (SocketChannel garbage = connect()) {
      garbage.write(ByteBuffer.wrap("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
      assertThat(closedWithoutAnAnswer(garbage)).isTrue();
    }
    try (SocketChannel silent = connect()) {
      long started = System.nanoTime();
      // the server closes it after its request deadline (500 ms here)
      assertThat(closedWithoutAnAnswer(silent)).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
    }
    assertThat(status()).isPresent();
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // without the answer deadline, the status call below hangs
  void aClientThatStopsReadingItsAnswerIsDroppedWithoutHoldingTheServer() throws Exception {
    // an answer far larger than a socket's buffer (about 200 KB): each line is a reference
    Path project = temp.resolve("big");
    Files.createDirectories(project.resolve("school"));
    Files.writeString(project.resolve("manage.py"), "");
    Files.writeString(project.resolve("school/__init__.py"), "");
    Files.writeString(
        project.resolve("school/models.py"),
        "from django.db import models\n\n\nclass Student(models.Model):\n    pass\n");
    StringBuilder uses = new StringBuilder("from school.models import Student\n\n");
    for (int i = 0; i < 8000; i++) {
      uses.append("use_").append(i).append(" = Student.objects.filter(pk=").append(i).append(")\n");
    }
    Files.writeString(project.resolve("school/uses.py"), uses);
    start(Duration.ofMinutes(1), Optional.empty());
    List<String> request = new ArrayList<>(List.of(ServerProtocol.RUN, "", project.toString()));
    request.addAll(LOCALE);
    request.addAll(
        List.of(
            "map", "--no-db", "--project", ".", "--model", "school.Student", "--format", "json"));
    try (SocketChannel stalled = connect()) {
      ServerProtocol.writeRequest(java.nio.channels.Channels.newOutputStream(stalled), request);
      // it never reads: the server gives up on it after its answer deadline (500 ms here)
      long started = System.nanoTime();
      assertThat(status()).isPresent();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
      assertThat(text(status().orElseThrow(), ServerProtocol.OUT)).contains("\nserved 1\n");
    }
  }

  @Test
  void stopEndsTheServerAndRemovesItsSocket() throws Exception {
    start(Duration.ofMinutes(1), Optional.empty());
    List<ServerProtocol.Frame> answer =
        ServerClient.call(directory().socket(), List.of(ServerProtocol.STOP)).orElseThrow();
    assertThat(exitCode(answer)).isZero();
    running.get(10, TimeUnit.SECONDS);
    assertThat(directory().socket()).doesNotExist();
    assertThat(status()).isEmpty();
  }

  @Test
  void anIdleServerExitsByItself() throws Exception {
    start(Duration.ofMillis(700), Optional.empty());
    running.get(10, TimeUnit.SECONDS);
    assertThat(directory().socket()).doesNotExist();
  }

  @Test
  void aRebuiltJarIsRefusedAndTheServerExits() throws Exception {
    Path jar = Files.writeString(temp.resolve("migplan.jar"), "first build");
    start(Duration.ofMinutes(1), Optional.of(jar));
    List<String> request =
        new ArrayList<>(List.of(ServerProtocol.RUN, jar.toString(), EXAMPLE.toString()));
    request.addAll(LOCALE);
    request.addAll(List.of("map", "--no-db", "--project", ".", "--model", MODEL));
    List<String> otherJar = new ArrayList<>(request);
    otherJar.set(1, temp.resolve("other.jar").toString());
    assertThat(refusal(ServerClient.call(directory().socket(), otherJar).orElseThrow()))
        .contains("not " + temp.resolve("other.jar"));
    assertThat(exitCode(ServerClient.call(directory().socket(), request).orElseThrow())).isZero();
    Files.writeString(jar, " and a second", StandardOpenOption.APPEND);
    assertThat(refusal(ServerClient.call(directory().socket(), request).orElseThrow()))
        .contains("jar changed");
    running.get(10, TimeUnit.SECONDS);
    assertThat(directory().socket()).doesNotExist();
  }

  @Test
  void oneServerPerDirectoryAndADeadOnesSocketIsReplaced() throws Exception {
    Files.writeString(directory().makePrivate().socket(), "left by a server that was killed");
    start(Duration.ofMinutes(1), Optional.empty());
    ScanServer second =
        new ScanServer(directory(), Duration.ofMinutes(1), Optional.empty(), ENVIRONMENT);
    assertThatThrownBy(second::serve)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("another scan server is running in " + directory().path());
    assertThat(status()).as("the first one still answers").isPresent();
  }

  /** Whether the server closed the connection (or reset it, unread bytes left) and sent nothing. */
  private static boolean closedWithoutAnAnswer(SocketChannel channel) throws IOException {
    try {
      return channel.read(ByteBuffer.allocate(16)) == -1;
    } catch (java.net.SocketException reset) {
      return reset.getMessage().contains("reset");
    }
  }

  private SocketChannel connect() throws IOException {
    SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    channel.connect(UnixDomainSocketAddress.of(directory().socket()));
    return channel;
  }
}
