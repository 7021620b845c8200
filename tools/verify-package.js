'use strict';
// Opens the built .sppkg and checks, from the package itself, what IT relies on when publishing it
// through the app catalog. Fails loudly, naming everything that is missing.
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { overLongDescriptions } = require('./package/shortDescriptions');

const PACKAGE = path.join(__dirname, '..', 'sharepoint', 'solution', 'profile-sync.sppkg');
const WEB_PART_ID = '397f5742-e0ca-4178-87f7-52498605c5a2';
const HOSTS = ['SharePointWebPart', 'SharePointFullPage', 'TeamsTab', 'TeamsPersonalApp'];

function xmlUnescape(text) {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function attribute(xml, element, name) {
  const match = new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml);
  return match ? xmlUnescape(match[1]) : undefined;
}

/** The texts of <Element><LocalizedString LanguageId="…">text</LocalizedString>…</Element>, by language. */
function localizedStrings(xml, element) {
  const block = new RegExp(`<${element}>([\\s\\S]*?)</${element}>`).exec(xml);
  if (!block) return undefined;
  const texts = {};
  const entry = /<LocalizedString\b([^>]*)>([^<]*)</g;
  for (let match = entry.exec(block[1]); match; match = entry.exec(block[1])) {
    const language = /LanguageId="([^"]*)"/.exec(match[1]);
    texts[language ? language[1] : 'default'] = xmlUnescape(match[2]);
  }
  return texts;
}

async function main() {
  if (!fs.existsSync(PACKAGE)) throw new Error(`${PACKAGE} was not built`);
  const zip = await JSZip.loadAsync(fs.readFileSync(PACKAGE));
  const names = Object.keys(zip.files);
  const read = (name) => (zip.file(name) ? zip.file(name).async('string') : Promise.resolve(undefined));
  const problems = [];
  const check = (ok, what) => { if (!ok) problems.push(what); return ok; };

  const app = await read('AppManifest.xml');
  if (check(app !== undefined, 'AppManifest.xml is missing')) {
    check(attribute(app, 'App', 'SkipFeatureDeployment') === 'true', 'skipFeatureDeployment is not true (the web part would need a per-site install)');
    check(attribute(app, 'App', 'IsClientSideSolution') === 'true', 'the package is not a client-side solution');
    check(/<WebApiPermissionRequest\s+ResourceId="Microsoft Graph"\s+Scope="User\.Read"/.test(app), 'no webApiPermissionRequests entry for Microsoft Graph User.Read');
    // The organisation view lists everyone and reads their profiles.
    check(/<WebApiPermissionRequest\s+ResourceId="Microsoft Graph"\s+Scope="User\.Read\.All"/.test(app), 'no webApiPermissionRequests entry for Microsoft Graph User.Read.All');
    const developerXml = /<DeveloperProperties>([^<]*)<\/DeveloperProperties>/.exec(app);
    const developer = developerXml ? JSON.parse(xmlUnescape(developerXml[1])) : {};
    ['name', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl'].forEach((field) => {
      const value = developer[field] || '';
      check(value !== '' && (field === 'name' || /^https:\/\//.test(value)), `developer.${field} is empty or not an https address`);
    });
    const short = /<ShortDescription>\s*<LocalizedString[^>]*>([^<]+)</.exec(app);
    const long = /<LongDescription>\s*<LocalizedString[^>]*>([^<]+)</.exec(app);
    check(short && !/profile-sync description/.test(short[1]), 'metadata.shortDescription is missing or still the generated placeholder');
    check(long && !/profile-sync description/.test(long[1]), 'metadata.longDescription is missing or still the generated placeholder');
    problems.push(...overLongDescriptions('metadata.shortDescription', localizedStrings(app, 'ShortDescription')));
  }

  const webPartXml = await read(names.find((n) => n.endsWith(`WebPart_${WEB_PART_ID}.xml`)) || '');
  if (check(webPartXml !== undefined, `the web part ${WEB_PART_ID} is not in the package`)) {
    const manifest = JSON.parse(attribute(webPartXml, 'ClientSideComponent', 'ComponentManifest'));
    HOSTS.forEach((host) => check((manifest.supportedHosts || []).indexOf(host) >= 0, `supportedHosts lacks ${host}`));
    check(manifest.supportsThemeVariants === true, 'supportsThemeVariants is not true');
    const title = manifest.preconfiguredEntries && manifest.preconfiguredEntries[0].title;
    check(title && title.default === 'Profile sync' && title['nb-NO'] === 'Profilsynkronisering', 'the web part title is not "Profile sync" / "Profilsynkronisering"');
    problems.push(...overLongDescriptions('the web part description', manifest.preconfiguredEntries && manifest.preconfiguredEntries[0].description));
  }

  const assets = names.filter((n) => n.startsWith('ClientSideAssets/'));
  check(assets.some((n) => /profile-sync-web-part_[0-9a-f]+\.js$/.test(n)), 'includeClientSideAssets: the web part bundle is not inside the package');
  ['en-us', 'nb-no'].forEach((locale) =>
    check(assets.some((n) => n.indexOf(`ProfileSyncWebPartStrings_${locale}_`) >= 0), `the ${locale} strings are not inside the package`));
  ['color', 'outline'].forEach((kind) =>
    check(assets.indexOf(`ClientSideAssets/${WEB_PART_ID}_${kind}.png`) >= 0, `the Teams ${kind} icon is not inside the package`));

  if (problems.length > 0) {
    console.error(`\n${path.relative(process.cwd(), PACKAGE)} is NOT ready for the app catalog:`);
    problems.forEach((p) => console.error(`  - ${p}`));
    process.exit(1);
  }
  const size = fs.statSync(PACKAGE).size;
  console.log(`${path.relative(process.cwd(), PACKAGE)} (${size.toLocaleString('en-US')} bytes) carries: Microsoft Graph User.Read and User.Read.All requests, ` +
    `skipFeatureDeployment, client-side assets (${assets.filter((n) => n.endsWith('.js')).length} JS files), ` +
    `hosts ${HOSTS.join(', ')}, Teams icons, developer and metadata fields, descriptions that fit Teams.`);
}

main().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
