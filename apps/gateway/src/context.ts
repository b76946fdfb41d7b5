/**
 * What every resolver receives. The schema needs nothing from the request itself; the id is for logs and
 * for masked errors, so an operator can find the failure a client reports.
 */
export interface GatewayContext {
  /** This request's id (the `x-request-id` header when the load balancer sets one). */
  requestId: string;
}
