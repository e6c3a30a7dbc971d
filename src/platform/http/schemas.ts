import { Type } from 'typebox';

/** The one error shape of the whole API. */
export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable error code from the catalogue' }),
      message: Type.String({ description: 'Message in the request language (zh-CN or en)' }),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { title: 'ErrorResponse' },
);

/** Response entries for the error statuses a route can return. */
export const errorResponses = {
  '4xx': ErrorResponse,
  '5xx': ErrorResponse,
};

export const Ok = Type.Object({ ok: Type.Literal(true) }, { additionalProperties: false });
