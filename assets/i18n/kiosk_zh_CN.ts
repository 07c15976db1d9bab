<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="120"/>
        <source>Sorry, something went wrong. Please ask at the front desk.</source>
        <translation>抱歉，系统出现问题。请到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="135"/>
        <source>Please check your details</source>
        <translation>请核对您的信息</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="136"/>
        <source>Your badge will be printed when you confirm.</source>
        <translation>确认后将为您打印访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="137"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="138"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="139"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="140"/>
        <source>Visiting</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="141"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/confirm.py" line="142"/>
        <source>Confirm and print badge</source>
        <translation>确认并打印访客证</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../kiosk/pages/done.py" line="70"/>
        <source>Please take your badge.</source>
        <translation>请取走您的访客证。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="71"/>
        <source>Your host has been notified; please take a seat.</source>
        <translation>已通知您要拜访的人，请稍坐等候。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/done.py" line="72"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>WalkInPage</name>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="165"/>
        <source>Touch the name of the person you are visiting.</source>
        <translation>请点选您要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="166"/>
        <source>No one found. Please check the spelling, or ask at the front desk.</source>
        <translation>未找到此人。请检查输入，或到前台咨询。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="170"/>
        <source>Search by Chinese name, pinyin, initials or English name.</source>
        <translation>可按中文姓名、拼音、首字母或英文名查找。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="179"/>
        <source>Your visit</source>
        <translation>来访登记</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="180"/>
        <source>Fill in your details and choose whom you are visiting.</source>
        <translation>请填写您的信息，并选择要拜访的人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="181"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="182"/>
        <source>Full name</source>
        <translation>请输入姓名</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="183"/>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="184"/>
        <source>e.g. 138 0013 8000</source>
        <translation>例如 138 0013 8000</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="185"/>
        <source>Company (optional)</source>
        <translation>公司（选填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="186"/>
        <source>Your company or organisation</source>
        <translation>您所在的公司或单位</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="187"/>
        <source>Whom are you visiting?</source>
        <translation>您要拜访谁？</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="188"/>
        <source>Type a name, pinyin or initials, e.g. zs</source>
        <translation>输入姓名、拼音或首字母，如 zs</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="189"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/walk_in.py" line="190"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="45"/>
        <source>Welcome</source>
        <translation>欢迎光临</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="46"/>
        <source>Please register your visit here.</source>
        <translation>请在此登记您的来访。</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="47"/>
        <source>I don&apos;t have an appointment</source>
        <translation>我没有预约</translation>
    </message>
    <message>
        <location filename="../../kiosk/pages/welcome.py" line="48"/>
        <source>Register as a walk-in visitor in under a minute.</source>
        <translation>一分钟内即可完成临时访客登记。</translation>
    </message>
</context>
</TS>
