import { uploadDocumentSchema } from '@itc/shared';

// OpenAPI has no notion of a File instance; a binary string is how it describes a file part.
// (`.meta`, not `.openapi`: shared schemas are built before zod-openapi extends zod.)
/** The multipart body of every file upload (pre-check documents, answers to a document request). */
export const uploadFormSchema = uploadDocumentSchema.extend({
  file: uploadDocumentSchema.shape.file.meta({ type: 'string', format: 'binary' }),
});
