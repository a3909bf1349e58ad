import AsyncHTTPClient
import NIOCore

/// The real transport: AsyncHTTPClient with a pool sized to the run's concurrency, redirects
/// refused (the `Authorization` header must not follow one), and a per-request deadline.
///
/// Error texts from the HTTP stack are never kept or printed: a failure becomes a
/// `ProbeFailure` kind, so nothing about a request (headers included) can leak through it.
public final class HTTPChatTransport: ChatTransport {
    /// Largest reply body read, in bytes; a bigger one counts as malformed.
    public static let maximumBodySize = 1 << 20

    private let client: HTTPClient
    private let endpoint: ProbeEndpoint
    private let timeout: TimeAmount

    /// Creates a transport to `endpoint` with a per-request `timeoutSeconds`.
    public init(endpoint: ProbeEndpoint, timeoutSeconds: Double, concurrency: Int) {
        let timeout = TimeAmount.nanoseconds(Int64(max(0.001, timeoutSeconds) * 1e9))
        var pool = HTTPClient.Configuration.ConnectionPool()
        pool.concurrentHTTP1ConnectionsPerHostSoftLimit = max(1, concurrency)
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(connect: min(timeout, .seconds(10)), read: timeout),
            connectionPool: pool)
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        (self.endpoint, self.timeout) = (endpoint, timeout)
    }

    /// Sends one request; see `ChatTransport.post`.
    public func post(_ body: [UInt8]) async -> TransportReply {
        var request = HTTPClientRequest(url: endpoint.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Accept", value: "application/json")
        if let key = endpoint.apiKey { request.headers.add(name: "Authorization", value: key.bearerHeader) }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let deadline = NIODeadline.now() + timeout
            let response = try await client.execute(request, deadline: deadline)
            let buffer = try await Self.collect(response.body, by: deadline)
            return .response(status: Int(response.status.code),
                             retryAfter: response.headers.first(name: "Retry-After"),
                             body: Array(buffer.readableBytesView))
        } catch is NIOTooManyBytesError {
            return .failure(.malformed)
        } catch let error as HTTPClientError where Self.timeouts.contains(error) {
            return .failure(.timeout)
        } catch {
            return .failure(.transport)
        }
    }

    /// The reply's body, read until `deadline`. AsyncHTTPClient's deadline ends with the
    /// response head, and the read timeout only with a pause, so a body that trickles in a byte
    /// at a time would hold the probe for as long as the endpoint liked.
    private static func collect(_ body: HTTPClientResponse.Body, by deadline: NIODeadline) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: maximumBodySize) }
            group.addTask {
                let left = (deadline - .now()).nanoseconds
                if left > 0 { try await Task.sleep(nanoseconds: UInt64(left)) }
                return nil
            }
            defer { group.cancelAll() }
            guard case let buffer?? = try await group.next() else { throw HTTPClientError.deadlineExceeded }
            return buffer
        }
    }

    /// Closes the pool's connections; call once when the run is over.
    public func shutdown() async {
        try? await client.shutdown()
    }

    private static let timeouts: [HTTPClientError] = [.deadlineExceeded, .readTimeout, .writeTimeout]
}
