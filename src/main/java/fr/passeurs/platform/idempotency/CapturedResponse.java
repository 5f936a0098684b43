package fr.passeurs.platform.idempotency;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** A response written to memory, to be kept and then sent on. */
public final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private ServletOutputStream stream;
  private PrintWriter writer;

  public CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              buffer.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
              buffer.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              throw new UnsupportedOperationException("a captured response is written at once");
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public void setContentLength(int length) {
    // the length is set when the captured body is sent on
  }

  @Override
  public void setContentLengthLong(long length) {
    // the length is set when the captured body is sent on
  }

  /** The body written so far, as UTF-8 text. */
  public String body() {
    flushBuffer();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  /** Sends the captured body on to the real response. */
  void sendOn() throws IOException {
    flushBuffer();
    byte[] bytes = buffer.toByteArray();
    HttpServletResponse real = (HttpServletResponse) getResponse();
    real.setContentLength(bytes.length);
    real.getOutputStream().write(bytes);
  }
}
