import { storeopsApi, type BrandOutputRead, type BrandWriteInputRequest } from '../api/generated';

/**
 * A brand create or edit carrying a logo file. The generated brand mutations type the body as a JSON object
 * (`logo?: Blob`), so this one endpoint sends a multipart body instead; it goes through the same base query (the
 * access token and its refresh apply) and invalidates the brand lists like the generated writes.
 */
const brandUploadApi = storeopsApi.injectEndpoints({
  endpoints: (build) => ({
    brandUpload: build.mutation<BrandOutputRead, { id?: number; body: Partial<BrandWriteInputRequest> }>({
      query: ({ id, body }) => ({
        url: id === undefined ? '/api/brands' : `/api/brands/${id}`,
        method: id === undefined ? 'POST' : 'PATCH',
        body: multipart(body),
      }),
      invalidatesTags: ['brands'],
    }),
  }),
});

export const { useBrandUploadMutation } = brandUploadApi;

/** The brand fields as multipart form fields: booleans as `true`/`false`, the logo as a file. */
function multipart(body: Partial<BrandWriteInputRequest>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(body)) {
    if (value instanceof Blob) data.set(key, value, value instanceof File ? value.name : 'logo');
    else if (value === null || value === undefined) data.set(key, '');
    else data.set(key, String(value));
  }
  return data;
}
