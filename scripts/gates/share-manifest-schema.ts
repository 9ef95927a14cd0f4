import path from 'node:path';

/**
 * Makes `@forge/manifest` compile each of its JSON schemas once per process instead of once per
 * validation processor.
 *
 * Why: every processor `@forge/manifest` builds (full validation, product-trigger scopes, agent
 * context, deprecated CSP, deprecated egress…) constructs its own `SchemaValidator`, and each one
 * compiles the ~1 MB manifest schema with a fresh Ajv: about 3 s apiece on this machine. One
 * `lint()` call builds five of them and `validate()` one more, so the manifest and lint gates
 * spent ~18 s compiling the same schema six times. A compiled validator is a pure function of its
 * schema, and `SchemaValidator.validate` reads Ajv's `errors` synchronously right after the call,
 * so one instance per schema can safely serve every processor.
 *
 * This reaches into `@forge/manifest/out/validators/schema-validator.js`, which the package does
 * not export (its `exports` map hides it, so we load it by file path). The package is pinned
 * (13.7.0); if a later version moves the file or changes the class, we leave it alone and the
 * gates are merely slower — the result is the same either way.
 */
export function shareManifestSchemaCompilation(): boolean {
  if (patched) return true;
  try {
    const moduleFile = path.join(path.dirname(require.resolve('@forge/manifest')), 'validators', 'schema-validator.js');
    const schemaValidatorModule = require(moduleFile) as { SchemaValidator?: SchemaValidatorClass };
    const Original = schemaValidatorModule.SchemaValidator;
    if (typeof Original !== 'function' || Original.length !== 1) return false;
    schemaValidatorModule.SchemaValidator = sharing(Original);
    patched = true;
  } catch {
    // Not there or not patchable: validation still works, only slower.
  }
  return patched;
}

let patched = false;

type SchemaValidatorClass = new (schema: object) => object;

function sharing(Original: SchemaValidatorClass): SchemaValidatorClass {
  const compiled = new WeakMap<object, object>();
  // A plain function used with `new`: returning an object from it makes `new` yield that object.
  function SharedSchemaValidator(this: unknown, schema: object): object {
    const key = schemaIdentity(schema);
    let validator = compiled.get(key);
    if (!validator) {
      validator = new Original(schema);
      compiled.set(key, validator);
    }
    return validator;
  }
  SharedSchemaValidator.prototype = Original.prototype;
  return SharedSchemaValidator as unknown as SchemaValidatorClass;
}

/**
 * Each processor module imports the schema JSON through tslib's `__importStar`, which wraps it in
 * a fresh object per importing module. The wrappers' `definitions` are the same underlying object,
 * so that is what identifies "the same schema"; a schema without definitions stands for itself.
 */
function schemaIdentity(schema: object): object {
  const definitions = (schema as { definitions?: unknown }).definitions;
  return definitions && typeof definitions === 'object' ? definitions : schema;
}
