// The spec stub `pnpm new-api <name>` writes. It already satisfies the spec-review rules
// (scripts/spec-review.mjs): its one `required` names its source in `x-source`, and its operation
// declares an error status and a `default` error response.

/** The YAML text of specs/<name>.openapi.yaml for a new API (`Name` is its display name). */
export function specTemplate(name, Name) {
  return `openapi: 3.1.0
info:
  title: ${Name} API
  version: "1.0"
  description: |
    Hand-written description of the ${Name} API.

    Strictness names its evidence: every closed \`enum\` and every \`required\` on a response schema
    carries an \`x-source\` (the official SDK's model, a fixture, a live exchange); where the source
    does not close a set, use \`anyOf: [{enum: [...]}, {type: string}]\`. A field the SDK treats as
    optional or None-able is optional or nullable here.
servers:
  - url: https://api.${name}.example
security:
  - bearerAuth: []
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
  responses:
    Default:
      description: Any other error the service answers with.
      content:
        application/json:
          schema:
            $ref: "#/components/schemas/Error"
  schemas:
    Error:
      type: object
      properties:
        error:
          type: string
    Item:
      type: object
      x-source: "${Name} API reference, Item (replace with the SDK model or live exchange that shows \`id\` is always sent)"
      required: [id]
      properties:
        id:
          type: string
paths:
  /items/{item_id}:
    get:
      operationId: getItem
      summary: Get one item
      tags: [items]
      parameters:
        - name: item_id
          in: path
          required: true
          schema:
            type: string
      responses:
        "200":
          description: The item.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Item"
              example:
                id: item-1
        "404":
          description: No such item.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Error"
              example:
                error: item not found
        default:
          $ref: "#/components/responses/Default"
tags:
  - name: items
    description: Items.
`;
}
