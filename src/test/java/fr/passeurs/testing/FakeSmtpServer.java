package fr.passeurs.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server in the test JVM that keeps what it receives, and can refuse the next few
 * mails (451, a temporary failure) to prove that the application retries.
 */
public final class FakeSmtpServer implements AutoCloseable {

  /** A mail as it arrived. */
  public record Received(String from, List<String> to, String data) {

    /**
     * The decoded body of the first MIME part of this type ({@code text/calendar}), whatever its
     * transfer encoding (quoted-printable, base64, plain); null if there is none.
     */
    public String part(String contentType) {
      String[] lines = data.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i]
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("content-type: " + contentType)) {
          continue;
        }
        String encoding = "7bit";
        int body = i + 1;
        while (body < lines.length && !lines[body].isEmpty()) {
          String header = lines[body].toLowerCase(java.util.Locale.ROOT);
          if (header.startsWith("content-transfer-encoding:")) {
            encoding = header.substring(header.indexOf(':') + 1).trim();
          }
          body++;
        }
        StringBuilder raw = new StringBuilder();
        for (int j = body + 1; j < lines.length && !lines[j].startsWith("--"); j++) {
          raw.append(lines[j]).append("\r\n");
        }
        return decode(raw.toString(), encoding);
      }
      return null;
    }

    private static String decode(String raw, String encoding) {
      if (encoding.equals("base64")) {
        return new String(
            java.util.Base64.getMimeDecoder().decode(raw), java.nio.charset.StandardCharsets.UTF_8);
      }
      if (!encoding.equals("quoted-printable")) {
        return raw;
      }
      String joined = raw.replace("=\r\n", "");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < joined.length(); i++) {
        char c = joined.charAt(i);
        if (c == '=' && i + 2 < joined.length()) {
          bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          bytes.write(c);
        }
      }
      return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final ServerSocket socket;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusals = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  public FakeSmtpServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "fake-smtp");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The next {@code count} mails are refused with a temporary failure. */
  public void refuseNext(int count) {
    refusals.set(count);
  }

  public int refusedSoFar() {
    return refused.get();
  }

  public List<Received> to(String address) {
    return received.stream()
        .filter(m -> m.to().stream().anyMatch(t -> t.contains(address)))
        .toList();
  }

  /** Waits until a mail to this address has arrived, or fails. */
  public Received awaitOne(String address, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Received> found = to(address);
      if (!found.isEmpty()) {
        return found.get(found.size() - 1);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no mail reached " + address + " within " + timeout);
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        // a client went away; keep serving the next
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
    OutputStream out = client.getOutputStream();
    reply(out, "220 fake-smtp ready");
    String from = null;
    List<String> to = new CopyOnWriteArrayList<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
      switch (command) {
        case "EHLO", "HELO" -> reply(out, "250 fake-smtp");
        case "MAIL" -> {
          from = line.substring(line.indexOf(':') + 1).trim();
          to.clear();
          reply(out, "250 OK");
        }
        case "RCPT" -> {
          to.add(line.substring(line.indexOf(':') + 1).trim());
          reply(out, "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 go ahead");
          StringBuilder data = new StringBuilder();
          for (String body = in.readLine();
              body != null && !body.equals(".");
              body = in.readLine()) {
            data.append(body.startsWith("..") ? body.substring(1) : body).append("\r\n");
          }
          if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            refused.incrementAndGet();
            reply(out, "451 try again later");
          } else {
            received.add(new Received(from, List.copyOf(to), data.toString()));
            reply(out, "250 queued");
          }
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "250 OK");
      }
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
