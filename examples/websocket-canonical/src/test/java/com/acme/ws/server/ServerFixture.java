package com.acme.ws.server;

import com.acme.ws.WebSocketConnection;
import com.acme.ws.WebSocketManager;
import com.acme.ws.WebSocketManagerMode;
import com.acme.ws.WebSocketManagers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/** A real {@link AgentEventServer} on an ephemeral loopback port, with its manager. */
public final class ServerFixture implements AutoCloseable {

  public final WebSocketManager manager;
  public final HmacTokens tokens = new HmacTokens("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8));
  public final AgentEventServer server;
  public final int port;
  private final ConcurrentMap<String, CompletableFuture<WebSocketConnection>> disconnected = new ConcurrentHashMap<>();

  private ServerFixture(WebSocketManagerMode mode, int maxConnectionsPerUser) throws InterruptedException {
    manager = WebSocketManagers.create(mode, maxConnectionsPerUser);
    server = new AgentEventServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), manager, tokens,
        new ConnectionListener() {
          @Override
          public void onDisconnected(WebSocketConnection connection) {
            disconnectOf(connection.id()).complete(connection);
          }
        });
    server.start();
    port = server.awaitStart(WireClient.TIMEOUT);
  }

  public static ServerFixture start(WebSocketManagerMode mode, int maxConnectionsPerUser) throws InterruptedException {
    return new ServerFixture(mode, maxConnectionsPerUser);
  }

  /** A client authenticated as that user with a valid token. */
  public WireClient connectAs(String userId) throws Exception {
    return WireClient.connect(port).auth(userId, tokens.issue(userId));
  }

  /** Waits until the server has closed that connection and unregistered it from the manager. */
  public WebSocketConnection awaitDisconnect(String connectionId) throws Exception {
    return disconnectOf(connectionId).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  private CompletableFuture<WebSocketConnection> disconnectOf(String connectionId) {
    return disconnected.computeIfAbsent(connectionId, id -> new CompletableFuture<>());
  }

  @Override
  public void close() throws InterruptedException {
    server.close();
  }
}
