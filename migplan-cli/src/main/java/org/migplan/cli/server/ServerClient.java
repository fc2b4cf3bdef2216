package org.migplan.cli.server;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Asks the scan server one thing, from Java (the wrapper's own client is Perl). */
public final class ServerClient {
  private ServerClient() {}

  /** What a running server says of itself ({@code pid ...}, {@code jar ...}), or empty. */
  public static Optional<String> status(Path socket) throws IOException {
    return call(socket, List.of(ServerProtocol.STATUS))
        .map(
            frames ->
                frames.stream()
                    .filter(f -> f.type() == ServerProtocol.OUT)
                    .map(ServerProtocol.Frame::text)
                    .collect(java.util.stream.Collectors.joining()));
  }

  /**
   * The frames the server answered {@code request} with, or empty when no server listens on {@code
   * socket}.
   */
  public static Optional<List<ServerProtocol.Frame>> call(Path socket, List<String> request)
      throws IOException {
    if (!Files.exists(socket)) {
      return Optional.empty();
    }
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
    } catch (UnsupportedOperationException e) {
      return Optional.empty();
    }
    try (channel) {
      try {
        channel.connect(UnixDomainSocketAddress.of(socket));
      } catch (IOException nobodyListens) {
        return Optional.empty();
      }
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
      ServerProtocol.writeRequest(out, request);
      InputStream in = Channels.newInputStream(channel);
      List<ServerProtocol.Frame> frames = new ArrayList<>();
      for (var frame = ServerProtocol.readFrame(in);
          frame.isPresent();
          frame = ServerProtocol.readFrame(in)) {
        frames.add(frame.get());
      }
      return Optional.of(frames);
    }
  }
}
