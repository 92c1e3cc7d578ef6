/**
 * imsmanifest.xml for a SCORM 1.2 package: one organisation, one item, one SCO
 * whose launch page is the app's index.html with the lesson (or the lessons index)
 * in its query, and every file the package ships listed by its relative path.
 */

export interface PackageSpec {
  /** identifies the package in the LMS: "backprop-lab-forward-pass" */
  readonly identifier: string;
  /** what the LMS shows: "Backprop Lab: The forward pass" */
  readonly title: string;
  /** the launch page and its query, relative to the package's root */
  readonly launch: string;
  /** every file in the package but the manifest, relative, with forward slashes */
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function manifestXml({ identifier, title, launch, files }: PackageSpec): string {
  const fileLines = files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="organization">
    <organization identifier="organization">
      <title>${escapeXml(title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">
${fileLines}
    </resource>
  </resources>
</manifest>
`;
}
