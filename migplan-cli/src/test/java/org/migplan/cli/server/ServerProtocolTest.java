package org.migplan.cli.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerProtocolTest {
  @Test
  void requestsRoundTripWithAnyText() throws IOException {
    List<String> request = List.of("run", "/a/b.jar", "/w", "", "C.UTF-8", "ünï", "--model", "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerProtocol.writeRequest(out, request);
    assertThat(ServerProtocol.readRequest(new ByteArrayInputStream(out.toByteArray())))
        .isEqualTo(request);
  }

  @Test
  void framesRoundTripAndEndCleanly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerProtocol.writeFrame(out, ServerProtocol.OUT, "a\nb");
    ServerProtocol.writeExit(out, 3);
    ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
    ServerProtocol.Frame first = ServerProtocol.readFrame(in).orElseThrow();
    assertThat(first.type()).isEqualTo(ServerProtocol.OUT);
    assertThat(first.text()).isEqualTo("a\nb");
    assertThat(ServerProtocol.readFrame(in).orElseThrow().exitCode()).isEqualTo(3);
    assertThat(ServerProtocol.readFrame(in)).isEmpty();
  }

  @Test
  void theExitCodeIsPackedAsPerlsNReadsIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerProtocol.writeExit(out, 258);
    assertThat(out.toByteArray()).containsExactly('X', 0, 0, 0, 4, 0, 0, 1, 2);
  }

  @Test
  void aBadMagicIsRefused() {
    byte[] bytes = "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> ServerProtocol.readRequest(new ByteArrayInputStream(bytes)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("bad magic");
  }

  @Test
  void countsAndLengthsOutOfBoundsAreRefusedBeforeAllocating() throws IOException {
    assertThatThrownBy(() -> ServerProtocol.readRequest(request(0)))
        .hasMessageContaining("1 to 4096 strings, not 0");
    assertThatThrownBy(() -> ServerProtocol.readRequest(request(Integer.MAX_VALUE)))
        .hasMessageContaining("not 2147483647");
    assertThatThrownBy(() -> ServerProtocol.readRequest(request(1, Integer.MAX_VALUE)))
        .hasMessageContaining("a request string of 2147483647 bytes");
    assertThatThrownBy(() -> ServerProtocol.readRequest(request(1, -1)))
        .hasMessageContaining("of -1 bytes");
  }

  @Test
  void truncatedInputIsAnErrorNotAHang() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerProtocol.writeRequest(out, List.of("run", "something long"));
    byte[] whole = out.toByteArray();
    for (int cut = 0; cut < whole.length; cut++) {
      byte[] part = Arrays.copyOf(whole, cut);
      assertThatThrownBy(() -> ServerProtocol.readRequest(new ByteArrayInputStream(part)))
          .as("cut at %d", cut)
          .isInstanceOf(IOException.class);
    }
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    ServerProtocol.writeFrame(frame, ServerProtocol.ERR, "message");
    byte[] cutFrame = Arrays.copyOf(frame.toByteArray(), 7);
    assertThatThrownBy(() -> ServerProtocol.readFrame(new ByteArrayInputStream(cutFrame)))
        .hasMessageContaining("cut short");
  }

  /** The magic, a count, then lengths with no bytes behind them. */
  private static ByteArrayInputStream request(int count, int... lengths) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    data.write(ServerProtocol.MAGIC);
    data.writeInt(count);
    for (int length : lengths) {
      data.writeInt(length);
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }
}
